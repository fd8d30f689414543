// jshell start-up for the CONFINE client: the API imported and `api` connected to
// $CONFINE_URL (default http://127.0.0.1:8080/confine/api/). The README's section
// "CONFINE client (confine.orm)" has the command that opens it. jshell shortens long
// values; print(x) shows a resource's or a collection's whole JSON.
import confine.orm.*;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;

Api api = Api.of(System.getenv().getOrDefault("CONFINE_URL", "http://127.0.0.1:8080/confine/api/"));
api.retrieve();
void print(Object value) { System.out.println(value); }
System.out.println("CONFINE client: api connected to " + api.uri() + ", collections " + api.managers().keySet());

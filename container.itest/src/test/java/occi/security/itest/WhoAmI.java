package occi.security.itest;

import java.security.Principal;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

/** A resource that tells who the request was made as, registered by the tests on the whiteboard. */
@Path("test/whoami")
public class WhoAmI {

    @Context
    SecurityContext security;

    @GET
    @Produces("text/plain")
    public String whoAmI() {
        Principal user = security == null ? null : security.getUserPrincipal();
        return user == null ? "anonymous" : user.getName() + (security.isUserInRole("operator") ? " (operator)" : "");
    }
}

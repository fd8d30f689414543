package occi.platform.itest;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of hostile-input tests against one exported jar: started before the first test,
 * and after the last its log must hold no stack trace and nothing at WARN or ERROR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileContainerTest {

    HostileContainer occi;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        occi = new HostileContainer(folder);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            occi.assertQuietLog();
        } finally {
            occi.close();
        }
    }
}

package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    /** A configuration as Config Admin would hand it to the component. */
    private static TextLimitsConfig config(int maxLineLength, int maxFields, long maxBodyBytes) {
        return new TextLimitsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TextLimitsConfig.class;
            }

            @Override
            public int maxLineLength() {
                return maxLineLength;
            }

            @Override
            public int maxFields() {
                return maxFields;
            }

            @Override
            public long maxBodyBytes() {
                return maxBodyBytes;
            }
        };
    }

    @Test
    void theDefaultsAreEightKibPerLineAThousandFieldsAndOneMibOfBody() {
        assertThat(TextLimits.DEFAULTS).isEqualTo(new TextLimits(8192, 1000, 1_048_576));
    }

    @Test
    void aConfigurationSetsTheLimits() {
        List<String> warnings = new ArrayList<>();
        assertThat(TextLimits.of(config(100, 10, 2000), warnings::add)).isEqualTo(new TextLimits(100, 10, 2000));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aLimitThatIsNotPositiveKeepsItsDefaultAndIsReported() {
        List<String> warnings = new ArrayList<>();

        assertThat(TextLimits.of(config(0, -1, 2000), warnings::add)).isEqualTo(new TextLimits(8192, 1000, 2000));
        assertThat(warnings).containsExactly(
                "OCCI text rendering limit maxLineLength must be positive, not 0; using 8192",
                "OCCI text rendering limit maxFields must be positive, not -1; using 1000");
    }

    @Test
    void aModifiedConfigurationAppliesToTheNextRequest() {
        TextPlainRendering rendering = new TextPlainRendering(TextLimits.DEFAULTS, message -> {});
        TestRequest request = TestRequest.body("X-OCCI-Attribute: a=1\nX-OCCI-Attribute: b=2\n");
        assertThat(rendering.parseEntity(request).attributes()).hasSize(2);

        rendering.modified(config(8192, 1, 1000));

        badRequest("line 2: more than 1 Category, Link, X-OCCI-Attribute and X-OCCI-Location values in one request",
                () -> rendering.parseEntity(request));
    }
}

package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;
import org.junit.jupiter.api.Test;

class MixinCodecTest {

    private final MixinCodec codec = new MixinCodec(new AttributeCodec().mapper());

    @Test
    void aMixinWithEverythingReadsBackEqual() {
        CategoryId id = CategoryId.parse("http://example.org/tags#gold");
        Mixin mixin = new Mixin(id, "Gold", List.of(CategoryId.parse("http://example.org/tags#metal")),
                List.of(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute")),
                Kind.attributes(
                        AttributeDefinition.builder("tags.purity", AttributeType.NUMBER).defaultValue(0.999).build(),
                        AttributeDefinition.builder("tags.grade", AttributeType.ENUM).values("a", "b").required()
                                .immutable().defaultValue("a").pattern("[ab]").description("grade").build(),
                        AttributeDefinition.builder("tags.count", AttributeType.INTEGER).defaultValue(3).build()),
                List.of(CategoryId.parse("http://example.org/tags/action#polish")), "/tags/gold/");

        assertThat(codec.fromJson(codec.toJson(mixin))).isEqualTo(mixin);
    }

    @Test
    void aPlainTagReadsBackEqual() {
        Mixin tag = Mixin.tag(CategoryId.parse("http://example.org/tags#mine"), null, "/mine/");

        assertThat(codec.fromJson(codec.toJson(tag))).isEqualTo(tag);
        assertThat(codec.fromJson(codec.toJson(tag)).attributes()).isEqualTo(Map.of());
    }
}

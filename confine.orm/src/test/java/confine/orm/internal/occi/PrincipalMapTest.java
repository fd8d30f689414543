package confine.orm.internal.occi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrincipalMapTest {

    @Test
    void mapsOcciUsersToConfineUsersWithAPasswordOrAToken() {
        PrincipalMap map = PrincipalMap.parse(new String[] {"alice=vct", " carol = admin "},
                new String[] {"alice=vct-password", "carol=ignored"}, new String[] {"carol=t0ken"});
        assertThat(map.of("alice")).hasValueSatisfying(c -> {
            assertThat(c.confineUser()).isEqualTo("vct");
            assertThat(c.password()).isEqualTo("vct-password");
            assertThat(c.token()).isNull();
        });
        assertThat(map.of("carol")).hasValueSatisfying(c -> {
            assertThat(c.confineUser()).isEqualTo("admin");
            assertThat(c.token()).isEqualTo("t0ken");
        });
        assertThat(map.of("bob")).isEmpty();
        assertThat(map.of(null)).isEmpty();
        assertThat(map.problems()).isEmpty();
    }

    @Test
    void badEntriesAreLeftOutAndReportedWithoutTheirSecrets() {
        PrincipalMap map = PrincipalMap.parse(new String[] {"alice", "bob=vct", "dave=vct", "dave=admin", ""},
                new String[] {"dave=pw-of-dave", "eve=pw-of-eve", "pw-of-someone-pasted-bare"}, null);
        assertThat(map.occiUsers()).containsExactly("dave");
        assertThat(map.of("dave").orElseThrow().confineUser()).isEqualTo("vct");
        assertThat(map.problems()).hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("'alice'"))
                .anySatisfy(p -> assertThat(p).contains("bob").contains("neither a password"))
                .anySatisfy(p -> assertThat(p).contains("dave is given twice"))
                .anySatisfy(p -> assertThat(p).contains("eve").contains("not in principal.map"))
                .anySatisfy(p -> assertThat(p).contains(".principal.passwords: entry #3 is not occiUser=secret"))
                .allSatisfy(p -> assertThat(p).doesNotContain("pw-of"));
        assertThat(map.of("dave").orElseThrow().toString()).doesNotContain("pw-of-dave");
    }
}

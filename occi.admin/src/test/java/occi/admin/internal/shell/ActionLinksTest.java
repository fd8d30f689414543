package occi.admin.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionLinksTest {

    private static final String SLIVER = """
            Category: compute; scheme="http://schemas.ogf.org/occi/infrastructure#"; class="kind"
            Link: <http://127.0.0.1:8080/testbed/sliver/42?action=start>; rel="http://occi.platform/confine/testbed/sliver/action#start"
            Link: <http://127.0.0.1:8080/testbed/sliver/42?action=update>; rel="http://occi.platform/confine/testbed/sliver/action#update"
            Link: </testbed/node/1413>; rel="http://occi.platform/confine/testbed#node"; self="/testbed/placement/42"
            X-OCCI-Attribute: occi.core.title="start here"
            """;

    @Test
    void findsTheActionTheEntityOffersByItsTerm() {
        assertThat(ActionLinks.typeIds(SLIVER, "start")).containsExactly("http://occi.platform/confine/testbed/sliver/action#start");
        assertThat(ActionLinks.typeIds(SLIVER, "update")).containsExactly("http://occi.platform/confine/testbed/sliver/action#update");
    }

    @Test
    void ignoresOtherLinksAndTermsThatOnlyStartAlike() {
        assertThat(ActionLinks.typeIds(SLIVER, "sta")).isEmpty();
        assertThat(ActionLinks.typeIds(SLIVER, "node")).isEmpty();
    }
}

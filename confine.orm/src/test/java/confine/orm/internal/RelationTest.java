package confine.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import confine.orm.internal.Relation.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationTest {

    @ParameterizedTest
    @CsvSource({
            "http://confine-project.eu/rel/server/node-list, nodes, node",
            "http://confine-project.eu/rel/server/slice-list, slices, slice",
            "http://confine-project.eu/rel/server/sliver-list, slivers, sliver",
            "http://confine-project.eu/rel/server/island-list, islands, island",
            "http://confine-project.eu/rel/server/gateway-list, gateways, gateway",
            "http://confine-project.eu/rel/server/host-list, hosts, host",
            "http://confine-project.eu/rel/server/reachable-node-list, reachable_nodes, reachable_node",
            "http://confine-project.eu/rel/server/policy-list, policies, policy",
            "http://confine-project.eu/rel/server/box-list, boxes, box",
    })
    void collectionsAreNamedByTheirResource(String rel, String name, String singular) {
        Relation r = Relation.of(rel);
        assertThat(r.kind()).isEqualTo(Kind.COLLECTION);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.singular()).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({
            "http://confine-project.eu/rel/controller/do-get-auth-token, get_auth_token",
            "http://confine-project.eu/rel/controller/do-upload-overlay, upload_overlay",
            "http://confine-project.eu/rel/controller/do-upload-exp-data, upload_exp_data",
            "http://confine-project.eu/rel/server/do-reboot, reboot",
            "http://confine-project.eu/rel/server/do-renew/, renew",
    })
    void actionsAreNamedByTheirVerb(String rel, String name) {
        Relation r = Relation.of(rel);
        assertThat(r.kind()).isEqualTo(Kind.ACTION);
        assertThat(r.name()).isEqualTo(name);
    }

    @Test
    void otherRelationsArePlainLinks() {
        assertThat(Relation.of("http://confine-project.eu/rel/server/base").kind()).isEqualTo(Kind.LINK);
        assertThat(Relation.of("http://confine-project.eu/rel/server/server").name()).isEqualTo("server");
        assertThat(Relation.of("http://confine-project.eu/rel/server/node-base").name()).isEqualTo("node_base");
        assertThat(Relation.of("next").kind()).isEqualTo(Kind.LINK);
    }
}

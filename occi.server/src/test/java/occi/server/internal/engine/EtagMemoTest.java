package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.Link;
import occi.api.Resource;
import org.junit.jupiter.api.Test;

class EtagMemoTest {

    private final EtagMemo memo = new EtagMemo();
    private final Resource vm = new Resource("42", "/compute/42", Fixtures.COMPUTE.id(), List.of(),
            Map.of("occi.compute.cores", 2, "occi.compute.hostname", "box"), null, null, 7);
    private final Link nic = new Link("n1", "/networkinterface/n1", Fixtures.NETWORK_INTERFACE.id(), List.of(), Map.of(), null,
            "/compute/42", "/network/1", Fixtures.NETWORK.id(), 3);

    @Test
    void anUnchangedEntityKeepsTheETagItsContentGives() {
        String first = memo.etag(vm, List.of(nic));

        assertThat(first).isEqualTo(Views.etag(vm, List.of(nic)));
        assertThat(memo.etag(vm, List.of(nic))).isSameAs(first);
    }

    @Test
    void everyChangeOfContentOrLinksGivesTheETagOfTheNewContent() {
        String before = memo.etag(vm, List.of(nic));

        Resource tagged = vm.withMixins(List.of(Fixtures.UBUNTU.id()));
        assertThat(memo.etag(tagged, List.of(nic))).isEqualTo(Views.etag(tagged, List.of(nic))).isNotEqualTo(before);
        Resource resized = vm.withAttributes(Map.of("occi.compute.cores", 4, "occi.compute.hostname", "box"));
        assertThat(memo.etag(resized, List.of(nic))).isNotEqualTo(before);
        assertThat(memo.etag(vm, List.of())).isEqualTo(Views.etag(vm, List.of())).isNotEqualTo(before);
        Link renamed = nic.withAttributes(Map.of("occi.networkinterface.interface", "eth1"));
        assertThat(memo.etag(vm, List.of(renamed))).isEqualTo(Views.etag(vm, List.of(renamed))).isNotEqualTo(before);
        assertThat(memo.etag(vm, List.of(nic))).isEqualTo(before);
    }

    @Test
    void anEqualCopyReadAgainGetsTheSameETagAsAnotherContainerWould() {
        String before = memo.etag(vm, List.of(nic));
        Resource reread = vm.withVersion(8); // another read of the same content, as a registry without a cache gives it

        assertThat(memo.etag(reread, List.of(nic))).isEqualTo(before);
        assertThat(new EtagMemo().etag(reread, List.of(nic))).isEqualTo(before);
    }
}

package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import occi.api.CategoryId;
import occi.api.Mixin;
import org.junit.jupiter.api.Test;

/** The H2 registry's user mixins as last read: kept until a change, and never kept from a read that overlapped one. */
class UserMixinCacheTest {

    private static final Mixin OLD = Mixin.tag(CategoryId.parse("http://cache.test/tags#old"), "old", "/tags/old/");
    private static final Mixin NEW = Mixin.tag(CategoryId.parse("http://cache.test/tags#new"), "new", "/tags/new/");

    private final UserMixinCache cache = new UserMixinCache();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void anOwnersMixinsAreReadOnceUntilTheyChange() {
        assertThat(cache.get("alice", owner -> read(List.of(OLD)))).containsExactly(OLD);
        assertThat(cache.get("alice", owner -> read(List.of(NEW)))).containsExactly(OLD);
        assertThat(reads).hasValue(1);

        cache.changed("alice");

        assertThat(cache.get("alice", owner -> read(List.of(NEW)))).containsExactly(NEW);
        assertThat(reads).hasValue(2);
    }

    @Test
    void ownersAreKeptApart() {
        cache.get("alice", owner -> read(List.of(OLD)));

        assertThat(cache.get("bob", owner -> read(List.of()))).isEmpty();
        cache.changed("bob");
        assertThat(cache.get("alice", owner -> read(List.of(NEW)))).containsExactly(OLD);
    }

    @Test
    void aReadThatOverlappedAChangeIsAnsweredButNotKept() {
        List<Mixin> answered = cache.get("alice", owner -> {
            cache.changed("alice"); // a write of alice's mixins commits while this read runs
            return read(List.of(OLD));
        });

        assertThat(answered).containsExactly(OLD);
        assertThat(cache.get("alice", owner -> read(List.of(NEW)))).containsExactly(NEW);
    }

    private List<Mixin> read(List<Mixin> stored) {
        reads.incrementAndGet();
        return stored;
    }
}

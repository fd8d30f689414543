package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Resource;
import org.junit.jupiter.api.Test;

/**
 * The H2 registry's read cache on its own: what it keeps, what a write announces and ends,
 * and its bound. {@code H2ReadCacheTest} drives it through the registry on an H2 file.
 */
class EntityReadCacheTest {

    private static final CategoryId KIND = CategoryId.parse("http://cache.test/kinds#thing");

    private final EntityReadCache cache = new EntityReadCache(100);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void anEntityIsReadOnceUntilAWriteOfItsLocationEnds() {
        assertThat(read("alice", "/a", "one")).isEqualTo("one");
        assertThat(read("alice", "/a", "two")).isEqualTo("one");
        assertThat(reads).hasValue(1);

        cache.writing("alice", List.of("/b"), List.of()).end();
        assertThat(read("alice", "/a", "two")).as("a write elsewhere keeps it").isEqualTo("one");

        cache.writing("alice", List.of("/a"), List.of()).end();
        assertThat(read("alice", "/a", "two")).isEqualTo("two");
        assertThat(reads).hasValue(2);
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    void anAbsenceIsKeptToo() {
        assertThat(cache.entity("alice", "/none", () -> count(Optional.empty()))).isEmpty();
        assertThat(cache.entity("alice", "/none", () -> count(Optional.of(resource("/none", "now"))))).isEmpty();

        cache.writing("alice", List.of("/none"), List.of()).end();
        assertThat(cache.entity("alice", "/none", () -> count(Optional.of(resource("/none", "now"))))).isPresent();
    }

    @Test
    void whileAWriteRunsItsKeysAreReadFromTheDatabaseAndNotKept() {
        read("alice", "/a", "before");
        EntityReadCache.Write write = cache.writing("alice", List.of("/a"), List.of());

        // the database shows the last committed state, which the write may change at any moment
        assertThat(read("alice", "/a", "committed")).isEqualTo("committed");
        assertThat(read("alice", "/a", "written")).isEqualTo("written");
        assertThat(read("alice", "/b", "other")).isEqualTo("other");
        assertThat(read("alice", "/b", "other, again")).as("other keys are kept meanwhile").isEqualTo("other");

        write.end();
        assertThat(read("alice", "/a", "after")).isEqualTo("after");
        assertThat(read("alice", "/a", "later")).isEqualTo("after");
    }

    @Test
    void aReadThatOverlappedAWriteIsAnsweredButNotKept() {
        // the read took the state before the commit; the write committed and ended before the read was kept
        String answered = cache.entity("alice", "/a", () -> {
            cache.writing("alice", List.of("/a"), List.of()).end();
            return count(Optional.of(resource("/a", "before the commit")));
        }).orElseThrow().title();

        assertThat(answered).isEqualTo("before the commit");
        assertThat(read("alice", "/a", "committed")).isEqualTo("committed");
    }

    @Test
    void aReadThatOverlappedAWriteOfAnotherOwnerIsNotKeptEither() {
        // any ended write moves the generation on: the cache does not work out whether the two were related
        cache.entity("alice", "/a", () -> {
            cache.writing("bob", List.of("/a"), List.of()).end();
            return count(Optional.of(resource("/a", "read")));
        });

        read("alice", "/a", "again");
        assertThat(reads).hasValue(2);
    }

    @Test
    void ownersAreKeptApart() {
        read("alice", "/a", "alice's");
        read("bob", "/a", "bob's");

        cache.writing("bob", List.of("/a"), List.of()).end();

        assertThat(read("alice", "/a", "changed")).isEqualTo("alice's");
        assertThat(read("bob", "/a", "changed")).isEqualTo("changed");
    }

    @Test
    void linksAreForgottenByAWriteOfTheirSourceNotOfTheLocation() {
        Link link = new Link("l", "/links/1", KIND, List.of(), Map.of(), null, "/a", "/b", null, 1);
        assertThat(cache.links("alice", "/a", () -> count(List.of(link)))).containsExactly(link);

        cache.writing("alice", List.of("/a"), List.of()).end();
        assertThat(cache.links("alice", "/a", () -> count(List.of()))).as("a write of the resource /a itself").containsExactly(link);

        cache.writing("alice", List.of("/links/1"), List.of("/a")).end();
        assertThat(cache.links("alice", "/a", () -> count(List.<Link>of()))).isEmpty();
    }

    @Test
    void aSourceFoundDuringTheWriteIsPendingUntilItEnds() {
        Link link = new Link("l", "/links/1", KIND, List.of(), Map.of(), null, "/old", "/b", null, 1);
        cache.links("alice", "/old", () -> count(List.of(link)));
        EntityReadCache.Write move = cache.writing("alice", List.of("/links/1"), List.of("/new"));

        move.mayChangeLinksOf("/old"); // the writer locked the link's row and found its old source
        assertThat(cache.links("alice", "/old", () -> count(List.<Link>of()))).as("read from the database").isEmpty();
        move.end();

        assertThat(cache.links("alice", "/old", () -> count(List.<Link>of()))).isEmpty();
        assertThat(reads).hasValue(3);
    }

    @Test
    void aWholeOwnerWriteForgetsEverythingOfThatOwnerOnly() {
        read("alice", "/a", "alice's");
        cache.links("alice", "/a", () -> count(List.<Link>of()));
        read("bob", "/a", "bob's");
        EntityReadCache.Write untag = cache.writingAll("alice");

        assertThat(read("alice", "/a", "during")).isEqualTo("during");
        assertThat(read("bob", "/a", "during")).isEqualTo("bob's");
        untag.end();

        assertThat(read("alice", "/a", "after")).isEqualTo("after");
        Link link = new Link("l", "/links/1", KIND, List.of(), Map.of(), null, "/a", "/b", null, 1);
        assertThat(cache.links("alice", "/a", () -> count(List.of(link)))).containsExactly(link);
        assertThat(read("bob", "/a", "after")).isEqualTo("bob's");
    }

    @Test
    void endingTwiceChangesNothing() {
        EntityReadCache.Write write = cache.writing("alice", List.of("/a"), List.of());
        write.end();
        read("alice", "/a", "kept");
        write.end();

        assertThat(read("alice", "/a", "again")).isEqualTo("kept");
    }

    @Test
    void aFailedReadKeepsNothing() {
        assertThatThrownBy(() -> cache.entity("alice", "/a", () -> {
            throw new IllegalStateException("the database is down");
        })).hasMessageContaining("down");

        assertThat(read("alice", "/a", "up again")).isEqualTo("up again");
    }

    @Test
    void itKeepsNoMoreThanItsBoundAndKeepsWhatIsReadOften() {
        read("alice", "/hot", "hot");
        for (int i = 0; i < 1_000; i++) {
            read("alice", "/cold/" + i, "cold");
            assertThat(read("alice", "/hot", "read again")).isEqualTo("hot");
            assertThat(cache.weight()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.weight()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void aListHeavierThanTheBoundIsNotKept() {
        EntityReadCache small = new EntityReadCache(3);
        List<Link> three = List.of(1, 2, 3).stream()
                .map(i -> new Link("l" + i, "/links/" + i, KIND, List.of(), Map.of(), null, "/a", "/b", null, 1)).toList();

        small.links("alice", "/a", () -> count(three));
        small.links("alice", "/a", () -> count(three));

        assertThat(reads).hasValue(2);
        assertThat(small.weight()).isZero();
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new EntityReadCache(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads the title of the entity at a location, the database holding one with {@code stored} as title. */
    private String read(String owner, String location, String stored) {
        return cache.entity(owner, location, () -> count(Optional.of(resource(location, stored)))).orElseThrow().title();
    }

    private <T> T count(T value) {
        reads.incrementAndGet();
        return value;
    }

    private static Entity resource(String location, String title) {
        return new Resource("id", location, KIND, List.of(), Map.of(), title, null, 1);
    }
}

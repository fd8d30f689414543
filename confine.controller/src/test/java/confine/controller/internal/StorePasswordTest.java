package confine.controller.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorePasswordTest {

    final Store store = new Store();

    @Test
    void onlyTheUsersOwnPasswordIsAccepted() {
        store.password(7, "s3cret");
        assertThat(store.checkPassword(7L, "s3cret")).isTrue();
        assertThat(store.checkPassword(7L, "s3cret ")).isFalse();
        assertThat(store.checkPassword(7L, "")).isFalse();
        assertThat(store.checkPassword(7L, null)).isFalse();
        assertThat(store.checkPassword(8L, "s3cret")).as("a user without a password").isFalse();
    }

    @Test
    void anUnknownUserIsRefusedWhateverThePassword() {
        store.password(7, "s3cret");
        assertThat(store.checkPassword(null, "s3cret")).isFalse();
        assertThat(store.checkPassword(null, "")).isFalse();
        assertThat(store.checkPassword(null, null)).isFalse();
    }
}

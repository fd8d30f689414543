package confine.controller.internal;

/**
 * Who sends a request: a user of the testbed (by id), or the controller's own code
 * ({@link #SYSTEM}, for the direct {@code Testbed} API). Anonymous requests have no caller (null).
 */
public record Caller(long userId, boolean superuser) {

    /** Direct changes through the Testbed API: allowed everything a superuser is. */
    public static final Caller SYSTEM = new Caller(0, true);
}

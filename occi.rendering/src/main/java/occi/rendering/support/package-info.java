/**
 * Helpers every rendering of this bundle may use (text and JSON alike): a request body
 * bounded in size, and the URIs of action links. Private to the bundle: third-party
 * renderings code against {@code occi.api.rendering} only.
 */
package occi.rendering.support;

package occi.infrastructure;

/**
 * The regular expressions the infrastructure attributes are checked with (through
 * {@link occi.api.AttributeDefinition#coerce}, which matches the whole string form of a
 * value). They are published so that clients and backends validate alike.
 */
public final class Patterns {

    /** An 802.1q VLAN identifier: an integer 0 to 4095, no leading zeros. */
    public static final String VLAN = "0|[1-9][0-9]{0,2}|[1-3][0-9]{3}|40[0-8][0-9]|409[0-5]";

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    /** A dotted-quad IPv4 address. */
    public static final String IPV4 = OCTET + "(\\." + OCTET + "){3}";
    /**
     * An IPv6 address, loosely: hexadecimal groups and at least one colon, an embedded
     * IPv4 tail allowed. The resource manager has the last word on what it can route.
     */
    public static final String IPV6 = "(?=[0-9A-Fa-f:.]*:)[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){1,7}(:" + IPV4 + ")?";
    /** An IPv4 or IPv6 address. */
    public static final String IP_ADDRESS = "(" + IPV4 + ")|(" + IPV6 + ")";
    /** A network in CIDR notation: {@code 192.168.0.0/24}, {@code fc00::/7}. */
    public static final String CIDR = "(" + IPV4 + "/(3[0-2]|[12]?[0-9]))|(" + IPV6 + "/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))";
    /** An interface address, with or without a prefix length ({@code 10.0.0.5}, {@code 10.0.0.5/24}). */
    public static final String IP_ADDRESS_OR_CIDR = "(" + IP_ADDRESS + ")|(" + CIDR + ")";
    /** A MAC address, six colon-separated hexadecimal pairs. */
    public static final String MAC = "[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}";
    /** A DNS host name (RFC 1123 labels, 253 characters at most, an optional final dot). */
    public static final String HOSTNAME = "(?=.{1,254}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?";
    /** A token: one or more characters, none of them white space. */
    public static final String TOKEN = "\\S+";
    /** A positive number (a size, a speed, an amount of memory): not negative, not zero. */
    public static final String POSITIVE_NUMBER = "(?!-)(?![0.]+$)(?![0.]+E).+";
    /** A positive integer (a number of cores). */
    public static final String POSITIVE_INTEGER = "[1-9][0-9]*";
    /** A non-negative integer (a CPU share). */
    public static final String NON_NEGATIVE_INTEGER = "0|[1-9][0-9]*";
    /** Base64 text (RFC 4648 alphabet, padding, line breaks allowed): contextualisation data. */
    public static final String BASE64 = "[A-Za-z0-9+/\\r\\n]*(=[\\r\\n]*){0,2}";

    /** Any text with at least one character that is not white space (an SSH public key). */
    public static final String NOT_BLANK = "(?s)\\s*\\S.*";

    private Patterns() {}
}

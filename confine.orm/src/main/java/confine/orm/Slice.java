package confine.orm;

import java.time.LocalDate;

/**
 * A typed view of a CONFINE slice ({@code /slices/<id>/}): an experiment, made of one sliver
 * per node it runs on. {@code api.manager("slices").get("id", 7).as(Slice.class).slivers()}.
 */
public interface Slice extends Resource {

    long id();

    String name();

    String description();

    /** The state its slivers are asked to be in: {@code register}, {@code deploy} or {@code start}. */
    String setState();

    /** The day the slice expires (renew it with the {@code renew} action), or null. */
    default LocalDate expiresOn() {
        String day = string("expires_on");
        return day == null || day.isEmpty() ? null : LocalDate.parse(day);
    }

    /** The VLAN number for isolated interfaces, or null: none asked for. */
    Long vlanNr();

    Group group();

    /** The template of its slivers unless a sliver names its own. */
    Template template();

    RelatedCollection slivers();

    String overlayUri();

    String overlaySha256();

    String expDataUri();

    String expDataSha256();

    Slice name(String name);

    Slice description(String description);

    Slice setState(String state);
}

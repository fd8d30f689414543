package occi.rendering.text;

import java.util.Locale;
import java.util.Optional;

/** The four header-like fields of the OCCI text renderings (GFD.229), in the order they are rendered. */
enum FieldName {
    CATEGORY("Category"),
    LINK("Link"),
    ATTRIBUTE("X-OCCI-Attribute"),
    LOCATION("X-OCCI-Location");

    private final String text;

    FieldName(String text) {
        this.text = text;
    }

    /** The name as written: {@code X-OCCI-Attribute}. */
    String text() {
        return text;
    }

    /** The field a name denotes, compared without regard to case as HTTP header names are. */
    static Optional<FieldName> of(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (FieldName field : values()) {
            if (field.text.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

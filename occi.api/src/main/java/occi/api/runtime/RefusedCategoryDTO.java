package occi.api.runtime;

import org.osgi.dto.DTO;

/** A category a backend defines that the server does not serve. */
public class RefusedCategoryDTO extends DTO {

    /** Its type identifier (scheme and term); null when the backend failed to list its categories at all. */
    public String category;

    /** One of {@link FailedServiceDTO}'s reasons: {@value FailedServiceDTO#CLASHING_CATEGORY} and so on. */
    public String reason;

    /** The reason in words, naming who holds what it clashes with. */
    public String message;
}

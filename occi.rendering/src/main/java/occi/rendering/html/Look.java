package occi.rendering.html;

/**
 * What the current configuration makes every page look like; replaced as a whole when
 * the configuration changes, so a page never mixes two configurations.
 *
 * @param stylesheet the stylesheet linked or carried inline
 * @param siteTitle  the name in every page's header and title
 */
record Look(Stylesheet stylesheet, String siteTitle) {

    static Look of(HtmlRenderingConfig config, java.util.function.Consumer<String> warnings) {
        String title = config.site_title() == null || config.site_title().isBlank() ? "OCCI" : config.site_title().trim();
        return new Look(Stylesheet.of(config.stylesheet_url(), config.stylesheet_css(), warnings), title);
    }

    static Look defaults() {
        return new Look(Stylesheet.builtIn(), "OCCI");
    }
}

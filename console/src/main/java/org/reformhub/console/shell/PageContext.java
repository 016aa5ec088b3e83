package org.reformhub.console.shell;

import java.util.List;

/** What every page's frame needs: its title, who is looking and the navigation of their role. */
public record PageContext(String title, Viewer viewer, List<Viewer.NavItem> navigation) {

    public static PageContext of(String title, Viewer viewer, String path) {
        return new PageContext(title, viewer, viewer.navigation(path));
    }
}

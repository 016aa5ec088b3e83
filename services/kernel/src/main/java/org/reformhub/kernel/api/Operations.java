package org.reformhub.kernel.api;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/** The one walk over a document's operations that the document's steps share. */
final class Operations {

    @FunctionalInterface
    interface Visit {
        void operation(PathItem path, PathItem.HttpMethod method, Operation operation);
    }

    private Operations() {
    }

    static void each(OpenAPI api, Visit visit) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            path.getOperations().forEach((method, operation) -> visit.operation(path, method, operation));
        }
    }
}

package org.reformhub.kernel.api;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The document's one server: the API gateway, whose address a client sets (every path starts with /api/). */
final class GatewayServer {

    private GatewayServer() {
    }

    static void declare(OpenAPI api) {
        api.setServers(List.of(OASFactory.createServer()
                .url("{gateway}")
                .description("ReformHub API 网关：生产环境为本市网关地址，本地（local）为 http://127.0.0.1:8080"
                        + " / the ReformHub API gateway: the city's address in production, 127.0.0.1:8080 when local")
                .addExtension("x-internal", false)
                .addVariable("gateway", OASFactory.createServerVariable()
                        .defaultValue("http://127.0.0.1:8080")
                        .description("网关地址，例如 https://reformhub.example.gov.cn / the gateway's address"))));
    }
}

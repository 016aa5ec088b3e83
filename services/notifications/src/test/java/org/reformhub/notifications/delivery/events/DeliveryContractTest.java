package org.reformhub.notifications.delivery.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeliveryContractTest {

    @Test
    void a_failure_published_for_the_warehouse_names_no_address_a_server_quoted() {
        assertEquals("SMTP: 550 5.1.1 <<e-mail>>: Recipient address rejected",
                DeliveryContract.withoutAddresses("SMTP: 550 5.1.1 <zhaoliu@example.com>: Recipient address rejected"));
        assertEquals("gateway refused <phone>: blocked", DeliveryContract.withoutAddresses("gateway refused +86 138-0013-8000: blocked"));
        assertEquals("webhook answered HTTP 400", DeliveryContract.withoutAddresses("webhook answered HTTP 400"));
    }
}

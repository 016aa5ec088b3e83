-- delivery.sent events published before deliveries were rows of their own carry no deliveryId: load them too
alter table fact_notification_delivery alter column delivery_id drop not null;

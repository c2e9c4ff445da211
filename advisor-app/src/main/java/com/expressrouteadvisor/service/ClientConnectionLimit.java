package com.expressrouteadvisor.service;

import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes a new connection at once when its client address already holds the most connections one client
 * may, so that one client cannot take the connections every other client needs (Jetty's own limits count
 * all clients together).
 */
final class ClientConnectionLimit implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnectionLimit.class);

    private final int perClient;
    private final ServiceMetrics metrics;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    ClientConnectionLimit(int perClient, ServiceMetrics metrics) {
        this.perClient = perClient;
        this.metrics = metrics;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        int now = open.merge(client, 1, Integer::sum);
        if (now > perClient) {
            metrics.connectionRefused();
            LOG.debug("Closing a connection from {}: it already has {} open", client, perClient);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = client(connection);
        if (client != null) {
            open.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
        }
    }

    private static InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}

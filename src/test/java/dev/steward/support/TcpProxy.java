package dev.steward.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.tools.Server;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A TCP proxy in front of the test database that plays a database going away: {@link #cut()} closes every
 * connection and refuses new ones until {@link #restore()}. It forwards to an H2 TCP server it starts, or to
 * PostgreSQL when {@code -Dsteward.test.jdbc-url=jdbc:postgresql://...} is given, as {@code .ci/run} does.
 */
public final class TcpProxy implements AutoCloseable {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static final String POSTGRES = System.getProperty("steward.test.jdbc-url", "");

	private final ServerSocket listener;

	private final String targetHost;

	private final int targetPort;

	private final Server h2;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final ExecutorService pumps = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "tcp-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean cut;

	private TcpProxy(String targetHost, int targetPort, Server h2) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.h2 = h2;
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		pumps.execute(this::accept);
	}

	/** A proxy to PostgreSQL when the storage tests run on it, else to an H2 TCP server of its own. */
	public static TcpProxy forTestDatabase() {
		if (isPostgres()) {
			URI uri = URI.create(POSTGRES.substring("jdbc:".length()));
			return new TcpProxy(uri.getHost(), (uri.getPort() < 0) ? 5432 : uri.getPort(), null);
		}
		try {
			Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
			return new TcpProxy("127.0.0.1", server.getPort(), server);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static boolean isPostgres() {
		return POSTGRES.startsWith("jdbc:postgresql:");
	}

	/**
	 * The JDBC URL, through the proxy, of an empty database called {@code name}: an H2 in-memory database of a name
	 * never used before in this JVM (the H2 server keeps each until it stops), or a PostgreSQL schema dropped and
	 * created again for the test.
	 */
	public String freshDatabase(String name) {
		if (!isPostgres()) {
			return "jdbc:h2:tcp://127.0.0.1:" + port() + "/mem:" + name + "-" + DATABASES.incrementAndGet() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		JdbcClient direct = JdbcClient.create(new DriverManagerDataSource(POSTGRES, user(), password()));
		direct.sql("drop schema if exists " + name + " cascade").update();
		direct.sql("create schema " + name).update();
		URI uri = URI.create(POSTGRES.substring("jdbc:".length()));
		return "jdbc:postgresql://127.0.0.1:" + port() + uri.getPath() + "?currentSchema=" + name;
	}

	public String user() {
		return System.getProperty("steward.test.jdbc-user", "sa");
	}

	public String password() {
		return System.getProperty("steward.test.jdbc-password", "");
	}

	public int port() {
		return listener.getLocalPort();
	}

	/** Closes every connection through the proxy and refuses new ones, as a database that went away would. */
	public void cut() {
		cut = true;
		open.forEach(TcpProxy::closeQuietly);
		open.clear();
	}

	/** Lets connections through again. */
	public void restore() {
		cut = false;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(listener);
		pumps.shutdownNow();
		if (h2 != null) {
			h2.stop();
		}
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (cut) {
					closeQuietly(client);
				}
				else {
					pumps.execute(() -> connect(client));
				}
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void connect(Socket client) {
		Socket server;
		try {
			server = new Socket(targetHost, targetPort);
		}
		catch (IOException ex) {
			closeQuietly(client);
			return;
		}
		open.add(client);
		open.add(server);
		if (cut) {
			closeQuietly(client);
			closeQuietly(server);
			return;
		}
		pumps.execute(() -> pump(client, server));
		pump(server, client);
	}

	/** Copies bytes one way until either side closes, then closes both. */
	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (SocketException ex) {
			// the other side or cut() closed the connection
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// closing is all that was asked
		}
	}

}

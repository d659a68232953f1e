package io.migrate.cli;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the JDBC driver for a URL among the ones the jar carries by the URL's prefix, so that a
 * start loads one driver rather than every driver on the class path, as {@link DriverManager}
 * would; other URLs still go to {@link DriverManager} (a driver the user added).
 */
final class JdbcDrivers {

	private static final Map<String, String> BY_PREFIX = Map.of("jdbc:sqlite:", "org.sqlite.JDBC", "jdbc:postgresql:",
			"org.postgresql.Driver", "jdbc:mariadb:", "org.mariadb.jdbc.Driver", "jdbc:mysql:",
			"com.mysql.cj.jdbc.Driver", "jdbc:h2:", "org.h2.Driver");

	private JdbcDrivers() {
	}

	/**
	 * @return the driver that accepts {@code url}
	 * @throws SQLException when no driver accepts it
	 */
	static Driver forUrl(String url) throws SQLException {
		for (Map.Entry<String, String> known : BY_PREFIX.entrySet()) {
			if (url.startsWith(known.getKey())) {
				try {
					Driver driver = (Driver) Class.forName(known.getValue()).getDeclaredConstructor().newInstance();
					if (driver.acceptsURL(url)) {
						return driver;
					}
				}
				catch (ReflectiveOperationException | LinkageError ex) {
					// not in this jar after all: let DriverManager look
				}
			}
		}
		return DriverManager.getDriver(url);
	}

	/** @return a new connection to {@code url} through {@code driver} */
	static Connection connect(Driver driver, String url, Properties info) throws SQLException {
		Connection connection = driver.connect(url, info);
		if (connection == null) {
			throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + url);
		}
		return connection;
	}

}

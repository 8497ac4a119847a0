package org.balint.persistence.time;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.DerbyPlatform;

/**
 * EclipseLink's Derby platform with Balint's rule for timestamps: {@code TIMESTAMP} columns hold UTC
 * and are written and read without passing through the JVM's default time zone. Selected with the
 * persistence unit property {@code eclipselink.target-database} (see {@link UtcPlatforms}).
 */
public class UtcDerbyPlatform extends DerbyPlatform {

    private static final long serialVersionUID = 1L;

    /**
     * Every value is read through {@link #getObjectFromResultSet}: EclipseLink's shortcut for
     * timestamps would read them in the JVM's zone. (EclipseLink copies settings between platforms
     * when it installs this one, so the answer is fixed here rather than set.)
     */
    @Override
    public boolean shouldOptimizeDataConversion() {
        return false;
    }

    @Override
    public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index, AbstractSession session)
            throws SQLException {
        if (parameter instanceof LocalDateTime utc) {
            UtcTimestampBinding.bind(statement, index, utc);
        } else {
            super.setParameterValueInDatabaseCall(parameter, statement, index, session);
        }
    }

    @Override
    public void setParameterValueInDatabaseCall(Object parameter, CallableStatement statement, String name, AbstractSession session)
            throws SQLException {
        if (parameter instanceof LocalDateTime utc) {
            UtcTimestampBinding.bind(statement, name, utc);
        } else {
            super.setParameterValueInDatabaseCall(parameter, statement, name, session);
        }
    }

    @Override
    public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type, AbstractSession session) throws SQLException {
        if (type == Types.TIMESTAMP) {
            return UtcTimestampBinding.read(resultSet, columnNumber);
        }
        return super.getObjectFromResultSet(resultSet, columnNumber, type, session);
    }
}

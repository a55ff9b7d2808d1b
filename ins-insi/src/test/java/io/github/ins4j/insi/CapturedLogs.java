package io.github.ins4j.insi;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test SLF4J provider that keeps every log line of every level in memory, so that tests can check
 * that no line holds a matricule or a trait (INSI-6, MAT-7). Registered in
 * {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} of the test resources.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    private static final List<String> LINES = new ArrayList<>();

    /** Returns a copy of the lines logged so far. */
    static List<String> lines() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ILoggerFactory factory = CapturingLogger::new;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class CapturingLogger extends LegacyAbstractLogger implements Logger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return CapturingLogger.class.getName();
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                Object[] arguments, Throwable throwable) {
            String line = level + " " + name + " " + MessageFormatter.basicArrayFormat(messagePattern, arguments);
            synchronized (LINES) {
                LINES.add(line);
            }
        }
    }
}

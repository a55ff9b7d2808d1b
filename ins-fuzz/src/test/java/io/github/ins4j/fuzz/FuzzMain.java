package io.github.ins4j.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz target in its own JVM, as Jazzer fuzzes one {@code @FuzzTest} per run: used by
 * {@code .ci/run} (and by hand) with {@code JAZZER_FUZZ=1}, so that each target does not pay for a
 * Maven start. Usage: {@code java -cp <test class path> io.github.ins4j.fuzz.FuzzMain
 * io.github.ins4j.fuzz.MatriculeFuzzTest#matricule}. Exits with 1 when the target failed.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    /**
     * Runs the fuzz target named by the first argument ({@code class#method}).
     *
     * @param args the target
     */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("usage: FuzzMain <class>#<method>");
            System.exit(2);
        }
        String[] target = args[0].split("#", 2);
        java.lang.reflect.Method method = null;
        try {
            for (java.lang.reflect.Method m : Class.forName(target[0]).getDeclaredMethods()) {
                if (m.getName().equals(target[1])) {
                    method = m;
                }
            }
        } catch (ClassNotFoundException e) {
            method = null;
        }
        if (method == null) {
            System.err.println("no fuzz target " + args[0]);
            System.exit(2);
            return;
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(method.getDeclaringClass(), method)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.printFailuresTo(new java.io.PrintWriter(System.err, true), 20);
        long found = summary.getTestsFoundCount();
        boolean failed = summary.getTotalFailureCount() > 0 || found == 0;
        System.out.println("fuzz target " + args[0] + ": " + (found == 0 ? "NOT FOUND"
                : failed ? "FAILED" : "passed"));
        System.exit(failed ? 1 : 0);
    }
}

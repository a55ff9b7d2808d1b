package io.github.ins4j.audit;

/**
 * A named indicator with its numerator and denominator.
 *
 * <pre>{@code
 * Indicator i = report.indicator(IndicatorKind.QUALIFICATION_RATE);
 * System.out.println(i.numerator() + " / " + i.denominator());
 * }</pre>
 */
public final class Indicator {

    private final IndicatorKind kind;
    private final long numerator;
    private final long denominator;

    Indicator(IndicatorKind kind, long numerator, long denominator) {
        this.kind = kind;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns which indicator.
     *
     * @return the kind
     */
    public IndicatorKind kind() {
        return kind;
    }

    /**
     * Returns the numerator.
     *
     * @return at least 0
     */
    public long numerator() {
        return numerator;
    }

    /**
     * Returns the denominator.
     *
     * @return at least 0
     */
    public long denominator() {
        return denominator;
    }

    /**
     * Returns numerator / denominator.
     *
     * @return the rate, 0 when the denominator is 0
     */
    public double rate() {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    /**
     * Returns e.g. {@code QUALIFICATION_RATE 812/1000}.
     *
     * @return the indicator
     */
    @Override
    public String toString() {
        return kind + " " + numerator + "/" + denominator;
    }
}

package io.github.ins4j.matricule;

/**
 * The birth place encoded in positions 6-10 of an INS matricule (see {@link InsMatricule#birthPlace()}).
 *
 * <p>Three layouts exist: a department (two characters, including {@code 2A}, {@code 2B} and
 * {@code 20} for Corsica before 1976) followed by a three-digit commune; an overseas department or
 * territory ({@code 97x} / {@code 98x}) followed by a two-digit commune; and {@code 99} followed by
 * the three-digit INSEE code of the country of birth. Codes 91-96 were also used for some births
 * before independence (Algeria, Morocco, Tunisia); ins4j does not interpret them and reports them
 * as departments. Communes are never checked against the INSEE list: a matricule keeps the code its
 * holder was registered with (MAT-4).
 *
 * <p>The birth place is personal data: {@code toString()} shows the department or territory only.
 */
public sealed interface MatriculeBirthPlace {

    /**
     * Returns the five characters of the birth place, as written in the matricule.
     *
     * @return the code, e.g. {@code 75056}, {@code 2A004}, {@code 97123}, {@code 99352}
     */
    String code();

    /**
     * Born in a department of metropolitan France (or Corsica), positions 6-7 then 8-10.
     *
     * @param department the two-character department, e.g. {@code 75}, {@code 2A}, {@code 20}
     * @param commune    the three-digit commune code within the department
     */
    record Department(String department, String commune) implements MatriculeBirthPlace {
        /**
         * Checks the component shapes; instances come from {@link InsMatricule#birthPlace()}.
         *
         * @param department the two-character department, e.g. {@code 75}, {@code 2A}, {@code 20}
         * @param commune the three-digit commune code within the department
         */
        public Department {
            checkShape(department, 2, "department");
            checkShape(commune, 3, "commune");
        }

        @Override
        public String code() {
            return department + commune;
        }

        @Override
        public String toString() {
            return "Department[" + department + "***]";
        }
    }

    /**
     * Born in an overseas department or territory: a three-digit code ({@code 97x}, {@code 98x})
     * then a two-digit commune.
     *
     * @param territory the three-digit department or territory code, e.g. {@code 971}
     * @param commune   the two-digit commune code
     */
    record Overseas(String territory, String commune) implements MatriculeBirthPlace {
        /**
         * Checks the component shapes; instances come from {@link InsMatricule#birthPlace()}.
         *
         * @param territory the three-digit department or territory code, e.g. {@code 971}
         * @param commune the two-digit commune code
         */
        public Overseas {
            checkShape(territory, 3, "territory");
            checkShape(commune, 2, "commune");
        }

        @Override
        public String code() {
            return territory + commune;
        }

        @Override
        public String toString() {
            return "Overseas[" + territory + "**]";
        }
    }

    /**
     * Born abroad: {@code 99} then the three-digit INSEE country code.
     *
     * @param countryCode the three-digit INSEE country code, e.g. {@code 352} (Algeria)
     */
    record Abroad(String countryCode) implements MatriculeBirthPlace {
        /**
         * Checks the component shape; instances come from {@link InsMatricule#birthPlace()}.
         *
         * @param countryCode the three-digit INSEE country code, e.g. {@code 352} (Algeria)
         */
        public Abroad {
            checkShape(countryCode, 3, "countryCode");
        }

        @Override
        public String code() {
            return "99" + countryCode;
        }

        @Override
        public String toString() {
            return "Abroad[99***]";
        }
    }

    private static void checkShape(String value, int length, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (value.length() != length) {
            throw new InvalidMatriculeException(InvalidMatriculeException.Reason.LENGTH, -1,
                    name + " must have " + length + " characters");
        }
    }
}

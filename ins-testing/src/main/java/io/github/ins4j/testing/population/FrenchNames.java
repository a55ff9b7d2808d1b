package io.github.ins4j.testing.population;

import java.util.List;

/**
 * The small name data of the generator, written for it (no external list is copied): common
 * French birth names and first names, forms of a first name by sex, and syllables from which
 * most birth names are built, so that the population has the long tail of a real one.
 */
final class FrenchNames {

    private FrenchNames() {
    }

    /** Common birth names, most frequent first (weights fall with the rank). */
    static final List<String> COMMON_BIRTH_NAMES = List.of("MARTIN", "BERNARD", "THOMAS", "PETIT",
            "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE",
            "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT",
            "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE", "FAURE", "ANDRE",
            "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER", "FRANCOIS", "LEGRAND",
            "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL",
            "MATHIEU", "GAUTIER", "MASSON", "MARCHAND", "DUVAL", "DENIS", "DUMONT", "MARIE", "LEMAIRE",
            "NOEL", "MEYER", "DUFOUR", "MEUNIER", "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIERE",
            "LUCAS", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD", "MARTINEZ", "GERARD", "ROCHE", "RENARD",
            "SCHMITT", "ROY", "LEROUX", "COLIN", "VIDAL", "CARON", "PICARD", "ROGER", "FABRE", "AUBERT",
            "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE", "BOURGEOIS", "PIERRE",
            "BENOIT", "REY", "LECLERC", "PAYET", "ROLLAND", "LECLERCQ", "GUILLAUME", "LECOMTE", "LOPEZ",
            "JEAN", "DUPUY", "GUILLOT", "HUBERT", "BERGER", "CARPENTIER", "SANCHEZ", "DUPUIS", "MOULIN",
            "LOUIS", "DESCHAMPS", "HUET", "VASSEUR", "PEREZ", "BOUCHER", "FLEURY", "ROYER", "KLEIN",
            "JACQUET", "ADAM", "PARIS", "POIRIER", "MARTY", "AUBRY", "GUYOT", "CARRE", "CHARLES",
            "RENAULT", "CHARPENTIER", "MENARD", "MAILLARD", "BARON", "BERTIN", "BAILLY", "HERVE",
            "SCHNEIDER", "FERNANDEZ", "LE GALL", "COLLET", "LEGER", "BOUVIER", "JULIEN", "PREVOST",
            "MILLET", "PERROT", "DANIEL", "LE ROUX", "COUSIN", "GERMAIN", "BRETON", "BESSON",
            "LANGLOIS", "REMY", "LE GOFF", "PELLETIER", "LEVEQUE", "PERRIER", "LEBLANC", "BARRE",
            "LEBRUN", "MARCHAL", "WEBER", "MALLET", "HAMON", "BOULANGER", "JACOB", "MONNIER", "MICHAUD",
            "RODRIGUEZ", "GUICHARD", "GILLET", "ETIENNE", "GRONDIN", "MALLEY", "HOARAU", "NGUYEN",
            "BENALI", "HAMADI", "DIALLO", "TRAORE", "SANTONI", "CASANOVA", "D'ALMEIDA", "N'DIAYE",
            "DE LA FONTAINE", "MARTIN--DURAND", "DUBOIS--PETIT", "SAINT-JEAN");

    /** Syllables of built birth names: consonant-vowel pieces that read as French. */
    static final List<String> SYLLABLES = List.of("BA", "BE", "BO", "BOU", "CA", "CHA", "CHE", "CO",
            "DA", "DE", "DU", "FA", "FON", "GA", "GI", "GRA", "JA", "LA", "LE", "LI", "LOU", "MA", "ME",
            "MO", "MOU", "NA", "NE", "NI", "PA", "PE", "PI", "POU", "RA", "RE", "RI", "RO", "ROU", "SA",
            "SE", "SI", "TA", "TE", "TI", "TOU", "VA", "VE", "VI", "VAL", "MAR", "BER", "TER", "SAN",
            "MON", "GUE", "QUE", "CHAU", "BEAU", "FER", "LON", "TRI");

    /** Endings of built birth names. */
    static final List<String> ENDINGS = List.of("", "T", "N", "RD", "L", "S", "X", "AUD", "ET", "IN",
            "ON", "ARD", "AND", "IER", "EAU", "OT", "AC", "EL", "Y", "LLE", "NNE", "UX", "AN", "ERT");

    /** Male first names. */
    static final List<String> MALE = List.of("JEAN", "PIERRE", "MICHEL", "ANDRE", "PHILIPPE", "ALAIN",
            "BERNARD", "CHRISTIAN", "DANIEL", "JACQUES", "PATRICK", "NICOLAS", "FREDERIC", "ERIC",
            "LAURENT", "CHRISTOPHE", "FRANCOIS", "PASCAL", "THIERRY", "STEPHANE", "DAVID", "JULIEN",
            "SEBASTIEN", "OLIVIER", "THOMAS", "ALEXANDRE", "ANTOINE", "MAXIME", "LUCAS", "HUGO", "LOUIS",
            "GABRIEL", "RAPHAEL", "ARTHUR", "JULES", "ADAM", "NOAH", "ETHAN", "PAUL", "MATHIS", "ENZO",
            "LEO", "NATHAN", "THEO", "TOM", "MOHAMED", "YANNICK", "GERARD", "ROGER", "MARCEL", "RENE",
            "LOUIS", "HENRI", "GEORGES", "ROBERT", "CLAUDE", "DOMINIQUE", "YVES", "GILLES", "DENIS",
            "BRUNO", "DIDIER", "SERGE", "VINCENT", "GUILLAUME", "ROMAIN", "KEVIN", "ANTHONY", "DYLAN",
            "MAEL", "SACHA", "TIMEO", "AMADOU", "KARIM", "MEHDI", "YANN", "XAVIER", "EMMANUEL", "CEDRIC",
            "JEROME", "BENOIT", "FABRICE", "LIONEL", "REMI", "MATHIEU", "ARNAUD", "GAEL", "BAPTISTE",
            "CLEMENT", "VICTOR", "ELIOTT", "AXEL", "EVAN", "NOE", "MARIUS", "AUGUSTIN", "GASPARD");

    /** Female first names. */
    static final List<String> FEMALE = List.of("MARIE", "JEANNE", "FRANCOISE", "MONIQUE", "CATHERINE",
            "NATHALIE", "ISABELLE", "SYLVIE", "MARTINE", "ANNE", "CHRISTINE", "SANDRINE", "VALERIE",
            "NICOLE", "SOPHIE", "CELINE", "STEPHANIE", "JULIE", "AURELIE", "CAROLINE", "CAMILLE", "LAURA",
            "EMMA", "JADE", "LOUISE", "ALICE", "CHLOE", "LINA", "LEA", "MANON", "ROSE", "ANNA", "INES",
            "ZOE", "LENA", "AMBRE", "SARAH", "CHANTAL", "DANIELLE", "MICHELLE", "PASCALE", "FREDERIQUE",
            "DOMINIQUE", "CLAUDE", "SIMONE", "YVETTE", "DENISE", "COLETTE", "GINETTE", "PAULETTE",
            "SUZANNE", "GENEVIEVE", "JACQUELINE", "MADELEINE", "HELENE", "BRIGITTE", "PATRICIA",
            "CORINNE", "VERONIQUE", "AGNES", "EMILIE", "ELODIE", "AUDREY", "MELANIE", "VANESSA", "LAETITIA",
            "MARGAUX", "PAULINE", "CLARA", "MATHILDE", "LUCIE", "OCEANE", "YASMINE", "FATOU", "AICHA",
            "ELISE", "AGATHE", "JULIETTE", "CHARLOTTE", "CLEMENCE", "LOU", "MILA", "NINA", "ROMANE",
            "SOLENE", "MAELYS", "EVA", "ADELE", "CAPUCINE", "IRIS", "ELSA", "AMELIE", "MARINE", "ESTELLE",
            "GAELLE", "MURIEL", "ODILE", "ANNICK", "ARLETTE");

    /** Composed first names, male and female. */
    static final List<String> COMPOSED_MALE = List.of("JEAN-PIERRE", "JEAN-LUC", "JEAN-MARC", "JEAN-PAUL",
            "JEAN-FRANCOIS", "JEAN-CLAUDE", "JEAN-MICHEL", "PIERRE-ALAIN", "PAUL-HENRI", "MARC-ANTOINE");
    static final List<String> COMPOSED_FEMALE = List.of("MARIE-CLAIRE", "MARIE-CHRISTINE", "ANNE-SOPHIE",
            "MARIE-FRANCE", "MARIE-LOUISE", "SARAH-LOU", "ANNE-MARIE", "MARIE-PIERRE", "MARIE-ANNE",
            "LOU-ANN");

    /** The masculine and feminine forms of one first name: twins named so are two persons. */
    static final List<String[]> OPPOSITE_FORMS = List.of(new String[] {"JEAN", "JEANNE"},
            new String[] {"DANIEL", "DANIELLE"}, new String[] {"MICHEL", "MICHELLE"},
            new String[] {"PASCAL", "PASCALE"}, new String[] {"FREDERIC", "FREDERIQUE"},
            new String[] {"LOUIS", "LOUISE"}, new String[] {"FRANCOIS", "FRANCOISE"},
            new String[] {"DENIS", "DENISE"}, new String[] {"SIMON", "SIMONE"},
            new String[] {"YVES", "YVETTE"}, new String[] {"PAUL", "PAULETTE"});

    /** Accented forms, as a desk agent may type them. */
    static final List<String[]> ACCENTED = List.of(new String[] {"HELENE", "Hélène"},
            new String[] {"FRANCOIS", "François"}, new String[] {"FRANCOISE", "Françoise"},
            new String[] {"JEROME", "Jérôme"}, new String[] {"CELINE", "Céline"},
            new String[] {"STEPHANIE", "Stéphanie"}, new String[] {"STEPHANE", "Stéphane"},
            new String[] {"VALERIE", "Valérie"}, new String[] {"GERARD", "Gérard"},
            new String[] {"RENE", "René"}, new String[] {"ANDRE", "André"}, new String[] {"LEA", "Léa"},
            new String[] {"CHLOE", "Chloé"}, new String[] {"ZOE", "Zoé"}, new String[] {"INES", "Inès"},
            new String[] {"NOEL", "Noël"}, new String[] {"GENEVIEVE", "Geneviève"},
            new String[] {"RIVIERE", "Rivière"}, new String[] {"LEVEQUE", "Lévêque"},
            new String[] {"HERVE", "Hervé"}, new String[] {"GERMAIN", "Germain"});

    /** INSEE country codes of births abroad ({@code 99} + country). */
    static final List<String> COUNTRIES = List.of("99350", "99351", "99352", "99109", "99134", "99127",
            "99139", "99341", "99330", "99335", "99132", "99212", "99401", "99243");

    /** Overseas departments. */
    static final List<String> OVERSEAS = List.of("971", "972", "973", "974", "976");

    /** AZERTY neighbours of each letter, for keyboard typos. */
    static final String[] AZERTY = {
        "ZQ", "VN", "XV", "SEF", "ZR", "DRG", "FTH", "GYJ", "UO", "HUK", "JIL", "KOM", "LP", "BJ",
        "IP", "OL", "AS", "ET", "QDZ", "RY", "YI", "CB", "XC", "WC", "TU", "EA",
    };
}

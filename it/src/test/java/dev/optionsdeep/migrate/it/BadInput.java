package dev.optionsdeep.migrate.it;

/**
 * One bad input of the catalogue: where it happens, what is done to get there, the input itself and
 * the exact message it must give.
 *
 * @param fixture  the package of revisions under {@code dev.optionsdeep.migrate.it.badinput} the case
 *                 uses, which is also the name of its fresh database; null when it needs no database
 * @param setUp    brings the database to where the case starts
 * @param action   gives the bad input
 * @param expected the message, with {@code {db}} for the case's database and {@code {dotenv}} for its .env file
 */
record BadInput(String name, String fixture, Action setUp, Action action, String expected) {

    /** Something done in a scene. */
    interface Action {
        void run(BadInputScene scene) throws Exception;
    }

    static final Action NOTHING = scene -> { };

    /** A case that starts from an empty database (or none). */
    BadInput(String name, String fixture, Action action, String expected) {
        this(name, fixture, NOTHING, action, expected);
    }

    /** The same case with its .env file written as ISO-8859-1 instead of UTF-8. */
    BadInput latin1() {
        return new BadInput(name, fixture, setUp, scene -> {
            scene.writeDotEnvAsLatin1();
            action.run(scene);
        }, expected);
    }

    @Override
    public String toString() {
        return name;
    }
}

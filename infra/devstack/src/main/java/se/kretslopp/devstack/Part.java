package se.kretslopp.devstack;

/** One server the launcher runs. Ports and data stay the same across stop and start. */
abstract class Part {

    private final String name;

    Part(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Starts the server and returns once it is healthy; does nothing if it already runs. */
    abstract void start() throws Exception;

    /** Stops the server and waits until it is gone; does nothing if it is not running. */
    abstract void stop();

    abstract boolean isRunning();

    abstract int port();

    /** The connection details as a JSON object, for the start line. */
    abstract String connectionJson();
}

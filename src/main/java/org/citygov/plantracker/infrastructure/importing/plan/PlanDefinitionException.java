package org.citygov.plantracker.infrastructure.importing.plan;

import java.util.List;

/**
 * A plan definition that cannot be loaded, with every problem found. Nothing of a definition that
 * throws this is loaded.
 */
public class PlanDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final List<String> problems;

    public PlanDefinitionException(String location, List<String> problems) {
        super(message(location, problems));
        this.location = location;
        this.problems = List.copyOf(problems);
    }

    public PlanDefinitionException(String location, String problem, Throwable cause) {
        super(message(location, List.of(problem)), cause);
        this.location = location;
        this.problems = List.of(problem);
    }

    private static String message(String location, List<String> problems) {
        StringBuilder sb = new StringBuilder("Plan definition ").append(location).append(" is invalid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        problems.forEach(p -> sb.append(System.lineSeparator()).append(" - ").append(p));
        return sb.toString();
    }

    /** Where the definition was read from. */
    public String getLocation() {
        return location;
    }

    /** One line per problem, each naming the file and the entry. */
    public List<String> getProblems() {
        return problems;
    }
}

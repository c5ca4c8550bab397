package org.citygov.plantracker.infrastructure.importing.plan;

import java.util.List;

/**
 * A plan definition that cannot be loaded, with every problem found. Nothing of a definition that
 * throws this is loaded.
 */
public class PlanDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final transient List<PlanProblem> problems;

    public PlanDefinitionException(String location, List<String> problems) {
        this(location, problems.stream().map(PlanProblem::of).toList(), true);
    }

    /** With the file and line of each problem. */
    public PlanDefinitionException(String location, List<PlanProblem> problems, boolean located) {
        super(message(location, problems));
        this.location = location;
        this.problems = List.copyOf(problems);
    }

    public PlanDefinitionException(String location, String problem, Throwable cause) {
        super(message(location, List.of(PlanProblem.of(problem))), cause);
        this.location = location;
        this.problems = List.of(PlanProblem.of(problem));
    }

    private static String message(String location, List<PlanProblem> problems) {
        StringBuilder sb = new StringBuilder("Plan definition ").append(location).append(" is invalid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        problems.forEach(p -> sb.append(System.lineSeparator()).append(" - ").append(p.text())
                .append(p.line() == null ? "" : " (line " + p.line() + ")"));
        return sb.toString();
    }

    /** Where the definition was read from. */
    public String getLocation() {
        return location;
    }

    /** One line per problem, each naming the file and the entry. */
    public List<String> getProblems() {
        return problems.stream().map(PlanProblem::text).toList();
    }

    /** Each problem with its file and line. */
    public List<PlanProblem> getLocatedProblems() {
        return problems;
    }
}

package org.citygov.plantracker.infrastructure.importing.plan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ChapterDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.City;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ColumnDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.Document;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.IndicatorDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.JurisdictionDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.MeasurementDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.PopulationSource;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ProgramDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ScheduleDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.StageDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks a plan definition (a {@code plan.yaml} manifest and the files it lists; see
 * docs/plan-definition-format.md) into a {@link PlanDefinition}. Pure Java: no JPA, no CDI.
 * <p>
 * Every problem found is collected and reported together in one {@link PlanDefinitionException};
 * a definition with any problem yields nothing. Unknown keys are problems too, so that a misspelt
 * field cannot silently drop data.
 */
public final class PlanDefinitionReader {

    /** The manifest of every definition folder. */
    public static final String MANIFEST = "plan.yaml";
    /** Lists the bundled definition folders under {@code plans/}, one per line. */
    public static final String BUNDLED_INDEX = "plans/index.txt";
    /** The format version this reader understands ({@code format:} in the manifest). */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern PLAN_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern BASELINE_COLUMN = Pattern.compile("baseline_(\\d{4})");
    private static final Pattern TARGET_COLUMN = Pattern.compile("target_(\\d{4})");
    /** A table cell that is one number with an operator or 左右/以上/以下 around it: ≥90, >85, 81左右. */
    private static final Pattern NUMERIC_CELL =
            Pattern.compile("^(?:[≥≤><＞＜≧≦]=?)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:%|左右|以上|以下)?$");

    private static final Set<String> MANIFEST_KEYS =
            Set.of("format", "code", "version", "files", "city", "chapters", "jurisdiction_groups", "population");
    private static final Set<String> FILES_KEYS = Set.of("programs", "indicators", "jurisdictions", "source_text");
    private static final Set<String> CITY_KEYS = Set.of("code", "name_zh", "name_en");
    private static final Set<String> POPULATION_KEYS = Set.of("fiscal_year", "source", "sample");
    private static final Set<String> CHAPTER_KEYS = Set.of("number", "title_zh", "title_en");
    private static final Set<String> GROUP_KEYS = Set.of("column", "equals", "codes");
    private static final Set<String> PROGRAMS_FILE_KEYS =
            Set.of("document", "conventions", "columns", "chapter_text_targets");
    private static final Set<String> DOCUMENT_KEYS = Set.of("title_zh", "title_en", "doc_no", "issuer_zh", "issuer_en",
            "issued", "published", "plan_period", "outlook_year", "source_file");
    private static final Set<String> COLUMN_KEYS = Set.of("column", "title_zh", "title_en", "chapter", "owner_domain",
            "owner_domain_zh", "note", "programs");
    private static final Set<String> PROGRAM_KEYS = Set.of("id", "chapter", "title_zh", "title_en", "owner_domain",
            "targets", "staged_schedule", "related_targets");
    private static final Set<String> SCHEDULE_KEYS = Set.of("name_zh", "name_en", "text_zh", "note", "stages");
    private static final Set<String> STAGE_KEYS =
            Set.of("stage", "deadline", "deadline_text", "year_offset", "text_zh", "text_en", "targets");
    private static final Set<String> TARGET_KEYS = Set.of("id", "chapter", "section", "kind", "stage",
            "description_zh", "description_en", "metric", "unit", "target", "comparison", "target_min", "target_max",
            "target_text", "cumulative", "baseline_text", "min_places_per_institution", "measure", "inclusive_only",
            "counts_institutions", "deadline", "deadline_basis",
            "deadline_text", "period_start", "scope", "scope_detail", "named", "indicator_ref", "also_in_text",
            "related", "note", "breakdown", "bed_range", "training_hazards_zh", "components_zh", "details");
    private static final List<String> INDICATOR_COLUMNS = List.of("code", "domain_zh", "domain_en", "name_zh",
            "name_en", "unit", "nature", "cumulative", "comparison", "note");
    private static final List<String> JURISDICTION_REQUIRED_COLUMNS = List.of("code", "name_zh", "kind");

    private final ObjectMapper yaml;
    private final CsvMapper csv;

    public PlanDefinitionReader() {
        this.yaml = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        this.csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    }

    /** The folders under {@code plans/} listed in {@code plans/index.txt}, in order. */
    public static List<String> bundledFolders(ClassLoader classLoader) {
        PlanDefinitionSource plans = PlanDefinitionSource.classpath(classLoader, "plans");
        byte[] index = plans.read("index.txt")
                .orElseThrow(() -> new PlanDefinitionException("classpath:" + BUNDLED_INDEX,
                        List.of("missing: the application bundles no plan index")));
        return new String(index, StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(folder -> "plans/" + folder)
                .toList();
    }

    /**
     * Reads every bundled definition. All are checked before any is returned, so one bad definition
     * stops them all.
     */
    public List<PlanDefinition> readBundled(ClassLoader classLoader) {
        List<PlanDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String folder : bundledFolders(classLoader)) {
            try {
                definitions.add(read(PlanDefinitionSource.classpath(classLoader, folder)));
            } catch (PlanDefinitionException e) {
                e.getProblems().forEach(p -> problems.add(e.getLocation() + ": " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanDefinitionException("classpath:" + BUNDLED_INDEX, problems);
        }
        Set<String> codes = new HashSet<>();
        for (PlanDefinition d : definitions) {
            if (!codes.add(d.code())) {
                problems.add("two bundled definitions have the plan code " + d.code());
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanDefinitionException("classpath:" + BUNDLED_INDEX, problems);
        }
        return List.copyOf(definitions);
    }

    public PlanDefinition readClasspath(ClassLoader classLoader, String folder) {
        return read(PlanDefinitionSource.classpath(classLoader, folder));
    }

    public PlanDefinition readDirectory(Path directory) {
        return read(PlanDefinitionSource.directory(directory));
    }

    /** Reads and checks one definition. */
    public PlanDefinition read(PlanDefinitionSource source) {
        return new Reading(source).read();
    }

    /** The state of reading one definition: its files, the bytes hashed and the problems found. */
    private final class Reading {

        private final PlanDefinitionSource source;
        private final Problems problems = new Problems();
        private final MessageDigest digest;

        Reading(PlanDefinitionSource source) {
            this.source = source;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        PlanDefinition read() {
            YamlNode manifest = yamlFile(MANIFEST);
            if (manifest == null) {
                throw failure();
            }
            manifest.allowOnly(MANIFEST_KEYS);
            Integer format = manifest.integer("format", true);
            if (format != null && format != FORMAT_VERSION) {
                manifest.problem("format", "unsupported format " + format + " (this reader knows " + FORMAT_VERSION + ")");
            }
            String code = manifest.text("code", true, 32);
            if (code != null && !PLAN_CODE.matcher(code).matches()) {
                manifest.problem("code", "'" + code + "' is not a plan code (upper-case letters, digits and -)");
            }
            Integer version = manifest.integer("version", false);
            if (version != null && version < 1) {
                manifest.problem("version", "the plan's version must be 1 or more, got " + version);
            }
            YamlNode files = manifest.object("files", true);
            String programsFile = null;
            String indicatorsFile = null;
            String jurisdictionsFile = null;
            String sourceTextFile = null;
            if (files != null) {
                files.allowOnly(FILES_KEYS);
                programsFile = files.text("programs", true, 200);
                indicatorsFile = files.text("indicators", false, 200);
                jurisdictionsFile = files.text("jurisdictions", false, 200);
                sourceTextFile = files.text("source_text", false, 200);
            }
            City city = readCity(manifest.object("city", true));
            PopulationSource population = readPopulationSource(manifest.object("population", false));
            List<ChapterDef> chapters = readChapters(manifest);

            ProgramsFile programs = programsFile == null ? null : readProgramsFile(programsFile);
            Document document = programs == null ? null : programs.document;
            List<IndicatorDef> indicators = indicatorsFile == null ? List.of()
                    : readIndicators(indicatorsFile, document);
            List<JurisdictionDef> jurisdictions = jurisdictionsFile == null ? List.of()
                    : readJurisdictions(jurisdictionsFile, city, population);
            String sourceTextLocation = null;
            if (sourceTextFile != null) {
                Optional<byte[]> text = source.read(sourceTextFile);
                if (text.isEmpty()) {
                    problems.add(MANIFEST + ": files.source_text: " + sourceTextFile + " is missing");
                } else {
                    hash(sourceTextFile, text.get());
                    sourceTextLocation = source.locate(sourceTextFile);
                }
                if (document != null && document.sourceFile() != null && !document.sourceFile().equals(sourceTextFile)) {
                    problems.add(programsFile + ": document.source_file is " + document.sourceFile()
                            + " but the manifest lists " + sourceTextFile + " as the source text");
                }
            }
            if (programs == null || !problems.isEmpty()) {
                throw failure();
            }

            CrossCheck check = new CrossCheck(programsFile, chapters, programs, indicators, jurisdictions, city);
            check.run();
            Map<String, List<String>> groups = check.resolveGroups(manifest.object("jurisdiction_groups", false));
            if (!problems.isEmpty()) {
                throw failure();
            }
            return new PlanDefinition(source.location(), code, version == null ? 1 : version,
                    HexFormat.of().formatHex(digest.digest()), document,
                    city, population, chapters, programs.columns, programs.chapterTextTargets, indicators,
                    jurisdictions, groups, sourceTextLocation);
        }

        /** The line of every key and list item of a YAML text, by JSON pointer ({@code /columns/0/title_zh}). */
        private Map<String, Integer> lines(String text) {
            Map<String, Integer> lines = new HashMap<>();
            try (JsonParser parser = yaml.getFactory().createParser(text)) {
                while (parser.nextToken() != null) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            } catch (IOException e) {
                // the tree was read already; without lines, problems still name the entry
            }
            return lines;
        }

        private PlanDefinitionException failure() {
            return new PlanDefinitionException(source.location(), problems.list(), true);
        }

        private void hash(String fileName, byte[] bytes) {
            digest.update(fileName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            digest.update(bytes);
        }

        private Optional<String> textFile(String fileName) {
            Optional<byte[]> bytes = source.read(fileName);
            if (bytes.isEmpty()) {
                problems.add(fileName + ": missing" + (MANIFEST.equals(fileName) ? "" : " (listed in " + MANIFEST + ")"));
                return Optional.empty();
            }
            hash(fileName, bytes.get());
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.get())).toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                problems.add(fileName + ": not UTF-8 text");
                return Optional.empty();
            }
        }

        private YamlNode yamlFile(String fileName) {
            Optional<String> text = textFile(fileName);
            if (text.isEmpty()) {
                return null;
            }
            try {
                JsonNode root = yaml.readTree(text.get());
                if (root == null || !root.isObject()) {
                    problems.add(fileName + ": expected a YAML mapping at the top");
                    return null;
                }
                return new YamlNode(root, fileName, "", "", problems, lines(text.get()));
            } catch (JacksonException e) {
                problems.add(fileName + ": not valid YAML: " + e.getOriginalMessage()
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
                return null;
            }
        }

        // ---- manifest -------------------------------------------------------------------------

        private City readCity(YamlNode node) {
            if (node == null) {
                return null;
            }
            node.allowOnly(CITY_KEYS);
            String code = node.code("code", true);
            String nameZh = node.text("name_zh", true, 100);
            String nameEn = node.text("name_en", false, 200);
            return code == null || nameZh == null ? null : new City(code, nameZh, nameEn);
        }

        private PopulationSource readPopulationSource(YamlNode node) {
            if (node == null) {
                return null;
            }
            node.allowOnly(POPULATION_KEYS);
            Integer year = node.integer("fiscal_year", true);
            String from = node.text("source", false, 500);
            Boolean sample = node.bool("sample", false);
            return year == null ? null : new PopulationSource(year, from, Boolean.TRUE.equals(sample));
        }

        private List<ChapterDef> readChapters(YamlNode manifest) {
            List<ChapterDef> chapters = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (YamlNode n : manifest.list("chapters", true)) {
                n.allowOnly(CHAPTER_KEYS);
                Integer number = n.integer("number", true);
                String titleZh = n.text("title_zh", true, 200);
                String titleEn = n.text("title_en", false, 300);
                if (number == null || titleZh == null) {
                    continue;
                }
                if (number < 1) {
                    n.problem("number", "chapter numbers start at 1, got " + number);
                } else if (!numbers.add(number)) {
                    n.problem("number", "duplicate chapter number " + number);
                } else {
                    chapters.add(new ChapterDef(number, titleZh, titleEn));
                }
            }
            if (chapters.isEmpty() && manifest.has("chapters")) {
                manifest.problem("chapters", "no chapters");
            }
            return chapters;
        }

        // ---- programs.yaml --------------------------------------------------------------------

        private record ProgramsFile(Document document, List<ColumnDef> columns, List<TargetDef> chapterTextTargets) {
        }

        private ProgramsFile readProgramsFile(String fileName) {
            YamlNode root = yamlFile(fileName);
            if (root == null) {
                return null;
            }
            root.allowOnly(PROGRAMS_FILE_KEYS);
            Document document = readDocument(root.object("document", true));
            root.object("conventions", false); // documentation for people; checked for shape only
            List<ColumnDef> columns = new ArrayList<>();
            for (YamlNode c : root.list("columns", true)) {
                ColumnDef column = readColumn(c);
                if (column != null) {
                    columns.add(column);
                }
            }
            List<TargetDef> chapterTextTargets = new ArrayList<>();
            for (YamlNode t : root.list("chapter_text_targets", false)) {
                TargetDef target = readTarget(t, null, null);
                if (target != null) {
                    chapterTextTargets.add(target);
                }
            }
            return document == null ? null : new ProgramsFile(document, columns, chapterTextTargets);
        }

        private Document readDocument(YamlNode n) {
            if (n == null) {
                return null;
            }
            n.allowOnly(DOCUMENT_KEYS);
            String titleZh = n.text("title_zh", true, 200);
            String titleEn = n.text("title_en", false, 300);
            String docNo = n.text("doc_no", false, 64);
            String issuerZh = n.text("issuer_zh", false, 100);
            String issuerEn = n.text("issuer_en", false, 200);
            LocalDate issued = n.date("issued", false);
            LocalDate published = n.date("published", false);
            String period = n.text("plan_period", true, 32);
            Integer outlook = n.integer("outlook_year", false);
            String sourceFile = n.text("source_file", false, 200);
            Integer start = null;
            Integer end = null;
            if (period != null) {
                Matcher m = PERIOD.matcher(period);
                if (m.matches()) {
                    start = Integer.valueOf(m.group(1));
                    end = Integer.valueOf(m.group(2));
                    if (end < start) {
                        n.problem("plan_period", "ends before it starts: " + period);
                    }
                    if (outlook != null && outlook < end) {
                        n.problem("outlook_year", outlook + " is before the end of the plan period " + end);
                    }
                } else {
                    n.problem("plan_period", "expected YYYY-YYYY, got '" + period + "'");
                }
            }
            if (issued != null && published != null && published.isBefore(issued)) {
                n.problem("published", published + " is before the issue date " + issued);
            }
            if (titleZh == null || start == null) {
                return null;
            }
            return new Document(titleZh, titleEn, docNo, issuerZh, issuerEn, issued, published, start, end, outlook,
                    sourceFile);
        }

        private ColumnDef readColumn(YamlNode n) {
            Integer number = n.integer("column", true);
            YamlNode c = n.named(number == null ? null : "专栏" + number);
            c.allowOnly(COLUMN_KEYS);
            String titleZh = c.text("title_zh", true, 200);
            String titleEn = c.text("title_en", false, 300);
            Integer chapter = c.integer("chapter", true);
            String ownerDomain = c.text("owner_domain", false, 64);
            String ownerDomainZh = c.text("owner_domain_zh", false, 100);
            String note = c.text("note", false, 2000);
            List<ProgramDef> programs = new ArrayList<>();
            for (YamlNode p : c.list("programs", true)) {
                ProgramDef program = readProgram(p, chapter);
                if (program != null) {
                    programs.add(program);
                }
            }
            if (number == null || titleZh == null || chapter == null) {
                return null;
            }
            if (number < 1) {
                c.problem("column", "专栏 numbers start at 1, got " + number);
            }
            return new ColumnDef(number, titleZh, titleEn, chapter, ownerDomain, ownerDomainZh, note, programs);
        }

        private ProgramDef readProgram(YamlNode n, Integer columnChapter) {
            String code = n.code("id", true);
            YamlNode p = n.named(code == null ? null : "program " + code);
            p.allowOnly(PROGRAM_KEYS);
            Integer chapter = p.integer("chapter", false);
            if (chapter == null) {
                chapter = columnChapter;
            }
            String titleZh = p.text("title_zh", true, 200);
            String titleEn = p.text("title_en", false, 300);
            String ownerDomain = p.text("owner_domain", false, 64);
            List<String> related = p.strings("related_targets");
            if (String.join(",", related).length() > 500) {
                p.problem("related_targets", "too many codes (more than 500 characters)");
            }
            ScheduleDef schedule = readSchedule(p.object("staged_schedule", false));
            List<TargetDef> targets = new ArrayList<>();
            for (YamlNode t : p.list("targets", true)) {
                TargetDef target = readTarget(t, code, chapter);
                if (target != null) {
                    targets.add(target);
                }
            }
            if (code == null || titleZh == null || chapter == null) {
                return null;
            }
            return new ProgramDef(code, chapter, titleZh, titleEn, ownerDomain, related, schedule, targets);
        }

        private ScheduleDef readSchedule(YamlNode n) {
            if (n == null) {
                return null;
            }
            n.allowOnly(SCHEDULE_KEYS);
            String nameZh = n.text("name_zh", true, 200);
            String nameEn = n.text("name_en", false, 300);
            String textZh = n.text("text_zh", false, 2000);
            String note = n.text("note", false, 4000);
            List<StageDef> stages = new ArrayList<>();
            for (YamlNode s : n.list("stages", true)) {
                Integer number = s.integer("stage", true);
                YamlNode st = s.named(number == null ? null : n.path + ".stage " + number);
                st.allowOnly(STAGE_KEYS);
                LocalDate deadline = st.date("deadline", false);
                String deadlineText = st.text("deadline_text", false, 200);
                Integer yearOffset = st.integer("year_offset", false);
                String textZh2 = st.text("text_zh", true, 2000);
                String textEn = st.text("text_en", false, 2000);
                List<String> targetCodes = st.strings("targets");
                if (number != null && textZh2 != null) {
                    stages.add(new StageDef(number, deadline, deadlineText, yearOffset, textZh2, textEn, targetCodes));
                }
            }
            for (int i = 0; i < stages.size(); i++) {
                StageDef stage = stages.get(i);
                if (stage.number() != i + 1) {
                    n.problem("stages", "stages must be numbered 1, 2, 3 … in order; stage " + stage.number()
                            + " is in position " + (i + 1));
                }
                for (int j = 0; j < i; j++) {
                    LocalDate earlier = stages.get(j).deadline();
                    if (earlier != null && stage.deadline() != null && stage.deadline().isBefore(earlier)) {
                        n.problem("stages", "stage " + stage.number() + " (" + stage.deadline()
                                + ") is due before stage " + stages.get(j).number() + " (" + earlier + ")");
                    }
                }
            }
            return nameZh == null ? null : new ScheduleDef(nameZh, nameEn, textZh, note, stages);
        }

        /** A target of a program ({@code programCode} set) or of the chapter text. */
        private TargetDef readTarget(YamlNode n, String programCode, Integer programChapter) {
            String code = n.code("id", true);
            YamlNode t = n.named(code == null ? null : "target " + code);
            t.allowOnly(TARGET_KEYS);
            boolean chapterText = programCode == null;
            Integer chapter = t.integer("chapter", chapterText);
            if (!chapterText && chapter != null && programChapter != null && !chapter.equals(programChapter)) {
                t.problem("chapter", "is " + chapter + " but its program " + programCode + " is in chapter " + programChapter);
            }
            if (chapter == null) {
                chapter = programChapter;
            }
            String section = t.text("section", false, 200);
            TargetKind kind = t.enumValue("kind", TargetKind.class, true);
            Integer stage = t.integer("stage", false);
            if (stage != null && chapterText) {
                t.problem("stage", "only targets of a program with a staged_schedule can belong to a stage");
            }
            String descriptionZh = t.text("description_zh", true, 2000);
            String descriptionEn = t.text("description_en", false, 2000);
            String metric = t.text("metric", false, 200);
            String unit = t.text("unit", false, 100);
            Comparison comparison = t.enumValue("comparison", Comparison.class, true);
            BigDecimal value = t.decimal("target");
            BigDecimal min = t.decimal("target_min");
            BigDecimal max = t.decimal("target_max");
            String targetText = t.text("target_text", false, 500);
            Boolean cumulative = t.bool("cumulative", false);
            String baselineText = t.text("baseline_text", false, 200);
            Integer minPlaces = t.integer("min_places_per_institution", false);
            if (minPlaces != null && minPlaces <= 0) {
                t.problem("min_places_per_institution", "must be positive, got " + minPlaces);
            }
            MeasurementDef measurement = readMeasurement(t, comparison, value);
            LocalDate deadline = t.date("deadline", false);
            DeadlineBasis basis = t.enumValue("deadline_basis", DeadlineBasis.class, true);
            String deadlineText = t.text("deadline_text", false, 200);
            LocalDate periodStart = t.date("period_start", false);
            TargetScope scope = t.enumValue("scope", TargetScope.class, true);
            String scopeDetail = t.text("scope_detail", false, 1000);
            List<String> named = t.strings("named");
            if (String.join("、", named).length() > 1000) {
                t.problem("named", "too long (more than 1000 characters)");
            }
            List<String> indicatorRefs = t.codes("indicator_ref");
            String alsoInText = t.text("also_in_text", false, 500);
            List<String> related = t.strings("related");
            String note = t.text("note", false, 4000);
            String details = t.details();

            if (comparison != null) {
                checkFigure(t, comparison, value, min, max);
            }
            if (basis != null) {
                if (basis == DeadlineBasis.NONE && deadline != null) {
                    t.problem("deadline", "is " + deadline + " but deadline_basis is none (no deadline)");
                }
                if (deadline == null && !t.has("deadline") && basis != DeadlineBasis.NONE
                        && basis != DeadlineBasis.AMBIGUOUS) {
                    t.problem("deadline", "is missing; deadline_basis " + lower(basis) + " needs a date");
                }
            }
            if (periodStart != null && deadline != null && periodStart.isAfter(deadline)) {
                t.problem("period_start", periodStart + " is after the deadline " + deadline);
            }
            if (code == null || chapter == null || kind == null || descriptionZh == null || comparison == null
                    || basis == null || scope == null || measurement == null) {
                return null;
            }
            return new TargetDef(code, programCode, chapter, section, kind, descriptionZh, descriptionEn, metric, unit,
                    comparison, value, min, max, targetText, Boolean.TRUE.equals(cumulative), baselineText, deadline,
                    basis, deadlineText, periodStart, scope, scopeDetail, stage, minPlaces, indicatorRefs, named,
                    alsoInText, related, note, details, measurement);
        }

        /**
         * {@code measure} (required: how projects' outputs measure the target), {@code inclusive_only}
         * and {@code counts_institutions}. Declared, never inferred from the metric's spelling.
         */
        private MeasurementDef readMeasurement(YamlNode t, Comparison comparison, BigDecimal value) {
            String expected = Arrays.stream(MeasureKind.values()).map(MeasureKind::code)
                    .collect(Collectors.joining(", "));
            String spelling = t.text("measure", false, 64);
            Boolean inclusiveOnly = t.bool("inclusive_only", false);
            Boolean countsInstitutions = t.bool("counts_institutions", false);
            if (spelling == null) {
                t.problem("measure", "missing: declare how the target is measured (one of " + expected + ")");
                return null;
            }
            Optional<MeasureKind> kind = MeasureKind.ofCode(spelling);
            if (kind.isEmpty()) {
                t.problem("measure", "unknown measure '" + spelling + "' (expected one of " + expected + ")");
                return null;
            }
            // a missing figure that the comparison requires is reported by checkFigure already
            boolean noFigure = comparison == Comparison.QUALITATIVE || (comparison == Comparison.MAINTAIN && value == null);
            if (kind.get().isMeasuredFromProjects() && noFigure) {
                t.problem("measure", "is " + spelling + " but the target has no figure to measure against"
                        + " (use none)");
            }
            if (Boolean.TRUE.equals(inclusiveOnly) && !kind.get().countsQualifyingInstitutions()) {
                t.problem("inclusive_only", "applies to measure count or coverage, not " + spelling);
            }
            return new MeasurementDef(kind.get(), Boolean.TRUE.equals(inclusiveOnly),
                    Boolean.TRUE.equals(countsInstitutions));
        }

        private void checkFigure(YamlNode t, Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max) {
            String c = lower(comparison);
            if (comparison == Comparison.RANGE) {
                if (value != null) {
                    t.problem("target", "comparison range takes target_min and target_max, not target");
                }
                if (min == null || max == null) {
                    t.problem("target_min", "comparison range needs both target_min and target_max");
                } else if (min.compareTo(max) > 0) {
                    t.problem("target_min", min + " is greater than target_max " + max);
                }
                return;
            }
            if (min != null || max != null) {
                t.problem("target_min", "target_min/target_max are only for comparison range, not " + c);
            }
            if (comparison.requiresValue() && value == null) {
                t.problem("target", "is missing; comparison " + c + " needs a figure");
            }
            if (!comparison.allowsValue() && value != null) {
                t.problem("target", "comparison " + c + " takes no figure, got " + value.toPlainString());
            }
        }

        // ---- indicators.csv -------------------------------------------------------------------

        private List<IndicatorDef> readIndicators(String fileName, Document document) {
            Optional<CsvTable> table = csvFile(fileName);
            if (table.isEmpty()) {
                return List.of();
            }
            CsvTable tab = table.get();
            String baselineColumn = tab.onlyColumnMatching(BASELINE_COLUMN);
            String targetColumn = tab.onlyColumnMatching(TARGET_COLUMN);
            List<String> expected = new ArrayList<>(INDICATOR_COLUMNS);
            tab.requireColumns(expected);
            Set<String> allowed = new HashSet<>(expected);
            if (baselineColumn != null) {
                allowed.add(baselineColumn);
            }
            if (targetColumn != null) {
                allowed.add(targetColumn);
            }
            tab.allowOnlyColumns(allowed);
            if (baselineColumn == null || targetColumn == null || !tab.ok) {
                return List.of();
            }
            int baselineYear = yearOf(BASELINE_COLUMN, baselineColumn);
            int targetYear = yearOf(TARGET_COLUMN, targetColumn);
            if (targetYear <= baselineYear) {
                problems.add(fileName + ": " + targetColumn + " is not after " + baselineColumn);
            }
            if (document != null && targetYear != document.periodEndYear()) {
                problems.add(fileName + ": the target column is for " + targetYear + " but the plan period ends in "
                        + document.periodEndYear());
            }
            List<IndicatorDef> indicators = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (CsvTable.Row row : tab.rows) {
                String code = row.code("code");
                CsvTable.Row r = row.named(code);
                String nameZh = r.text("name_zh", true, 200);
                IndicatorNature nature = r.enumValue("nature", IndicatorNature.class);
                Boolean cumulative = r.bool("cumulative");
                Comparison comparison = r.enumValue("comparison", Comparison.class);
                String baselineText = r.text(baselineColumn, false, 200);
                String targetText = r.text(targetColumn, false, 200);
                IndicatorDef indicator = new IndicatorDef(code, r.text("domain_zh", false, 100),
                        r.text("domain_en", false, 200), nameZh, r.text("name_en", false, 300),
                        r.text("unit", false, 32), baselineYear, baselineText, number(baselineText),
                        targetYear, targetText, number(targetText), nature, Boolean.TRUE.equals(cumulative),
                        comparison, r.text("note", false, 4000));
                if (code != null && !codes.add(code)) {
                    r.problem("code", "duplicate indicator code " + code);
                }
                if (code != null && nameZh != null && nature != null && cumulative != null && comparison != null) {
                    indicators.add(indicator);
                }
            }
            return indicators;
        }

        private int yearOf(Pattern pattern, String column) {
            Matcher m = pattern.matcher(column);
            if (!m.matches()) {
                throw new IllegalStateException(column);
            }
            return Integer.parseInt(m.group(1));
        }

        // ---- jurisdictions.csv ----------------------------------------------------------------

        private List<JurisdictionDef> readJurisdictions(String fileName, City city, PopulationSource population) {
            Optional<CsvTable> table = csvFile(fileName);
            if (table.isEmpty()) {
                return List.of();
            }
            CsvTable tab = table.get();
            tab.requireColumns(JURISDICTION_REQUIRED_COLUMNS);
            if (!tab.ok) {
                return List.of();
            }
            List<JurisdictionDef> jurisdictions = new ArrayList<>();
            Map<String, JurisdictionLevel> levels = new HashMap<>();
            Set<String> names = new HashSet<>();
            if (city != null) {
                levels.put(city.code(), JurisdictionLevel.CITY);
                names.add(city.nameZh());
            }
            boolean anyPopulation = false;
            for (CsvTable.Row row : tab.rows) {
                String code = row.code("code");
                CsvTable.Row r = row.named(code);
                String nameZh = r.text("name_zh", true, 100);
                JurisdictionLevel level = tab.has("level") && !r.blank("level")
                        ? r.enumValue("level", JurisdictionLevel.class) : JurisdictionLevel.DISTRICT;
                JurisdictionKind kind = null;
                String kindText = r.text("kind", level == JurisdictionLevel.DISTRICT, 32);
                if (kindText != null) {
                    kind = JurisdictionKind.fromCode(kindText).filter(k -> k != JurisdictionKind.CITY).orElse(null);
                    if (kind == null) {
                        r.problem("kind", "unknown kind '" + kindText + "' (expected one of "
                                + Arrays.stream(JurisdictionKind.values()).filter(k -> k != JurisdictionKind.CITY)
                                .map(JurisdictionKind::code).collect(Collectors.joining(", ")) + ")");
                    }
                }
                String parent = tab.has("parent") && !r.blank("parent") ? r.text("parent", true, 32)
                        : city == null ? null : city.code();
                Long persons = tab.has("population") ? r.longValue("population") : null;
                if (persons != null) {
                    anyPopulation = true;
                    if (persons <= 0) {
                        r.problem("population", "must be positive, got " + persons);
                    }
                }
                if (code != null) {
                    if (levels.containsKey(code)) {
                        r.problem("code", "duplicate jurisdiction code " + code);
                    }
                    if (parent != null && level != null) {
                        JurisdictionLevel parentLevel = levels.get(parent);
                        if (parentLevel == null) {
                            r.problem("parent", "unknown parent " + parent + " (parents must come first)");
                        } else if (!parentLevel.canContain(level)) {
                            r.problem("level", "a " + lower(parentLevel) + " (" + parent + ") cannot contain a "
                                    + lower(level));
                        }
                    }
                }
                if (nameZh != null && !names.add(nameZh)) {
                    r.problem("name_zh", "duplicate name " + nameZh);
                }
                if (code != null && nameZh != null && level != null) {
                    levels.putIfAbsent(code, level);
                    jurisdictions.add(new JurisdictionDef(code, nameZh, r.text("name_en", false, 200), level, kind,
                            parent, persons, r.text("note", false, 2000), row.values));
                }
            }
            if (anyPopulation && population == null) {
                problems.add(fileName + ": the population column is filled, so " + MANIFEST
                        + " needs population.fiscal_year (and source)");
            }
            return jurisdictions;
        }

        // ---- CSV ------------------------------------------------------------------------------

        private Optional<CsvTable> csvFile(String fileName) {
            Optional<String> text = textFile(fileName);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            List<List<String>> records = new ArrayList<>();
            try (var it = csv.readerFor(String[].class).<String[]>readValues(text.get())) {
                while (it.hasNextValue()) {
                    records.add(Arrays.asList(it.nextValue()));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(fileName + ": not valid CSV: " + e.getMessage());
                return Optional.empty();
            }
            if (records.isEmpty()) {
                problems.add(fileName + ": empty (a header row is needed)");
                return Optional.empty();
            }
            return Optional.of(new CsvTable(fileName, records, problems));
        }


        // ---- cross-references -----------------------------------------------------------------

        /** Checks that codes are unique and every reference resolves. */
        private final class CrossCheck {
            final String file;
            final Set<Integer> chapterNumbers;
            final ProgramsFile programs;
            final List<IndicatorDef> indicators;
            final List<JurisdictionDef> jurisdictions;
            final City city;
            final Map<String, String> codeOwners = new HashMap<>();

            CrossCheck(String file, List<ChapterDef> chapters, ProgramsFile programs, List<IndicatorDef> indicators,
                       List<JurisdictionDef> jurisdictions, City city) {
                this.file = file;
                this.chapterNumbers = chapters.stream().map(ChapterDef::number).collect(Collectors.toSet());
                this.programs = programs;
                this.indicators = indicators;
                this.jurisdictions = jurisdictions;
                this.city = city;
            }

            void run() {
                Set<Integer> columnNumbers = new HashSet<>();
                for (ColumnDef column : programs.columns) {
                    String where = "专栏" + column.number();
                    if (!columnNumbers.add(column.number())) {
                        problem(where, "duplicate 专栏 number " + column.number());
                    }
                    requireChapter(where, column.chapter());
                    for (ProgramDef program : column.programs()) {
                        claim(program.code(), "program in 专栏" + column.number());
                        requireChapter("program " + program.code(), program.chapter());
                        for (TargetDef target : program.targets()) {
                            claim(target.code(), "target of " + program.code());
                        }
                        checkStages(program);
                    }
                }
                for (TargetDef target : programs.chapterTextTargets) {
                    claim(target.code(), "chapter-text target");
                    requireChapter("target " + target.code(), target.chapter());
                }
                Set<String> indicatorCodes = indicators.stream().map(IndicatorDef::code).collect(Collectors.toSet());
                programs.columns.stream().flatMap(c -> c.programs().stream()).forEach(program ->
                        program.relatedTargets().stream().filter(code -> !codeOwners.containsKey(code)).forEach(code ->
                                problem("program " + program.code(), "related_targets names " + code
                                        + ", which is not a program or target of this plan")));
                allTargets().forEach(target -> {
                    String where = "target " + target.code();
                    target.indicatorRefs().stream().filter(code -> !indicatorCodes.contains(code)).forEach(code ->
                            problem(where, "indicator_ref " + code + " is not in the indicator table"));
                    target.related().stream().filter(code -> !codeOwners.containsKey(code)).forEach(code ->
                            problem(where, "related names " + code + ", which is not a program or target of this plan"));
                });
                if (city != null && jurisdictions.stream().anyMatch(j -> j.code().equals(city.code()))) {
                    problems.add("jurisdictions: the city's code " + city.code() + " is used again for a unit under it");
                }
            }

            private List<TargetDef> allTargets() {
                List<TargetDef> all = new ArrayList<>();
                programs.columns.forEach(c -> c.programs().forEach(p -> all.addAll(p.targets())));
                all.addAll(programs.chapterTextTargets);
                return all;
            }

            private void checkStages(ProgramDef program) {
                String where = "program " + program.code();
                Map<String, TargetDef> targets = new LinkedHashMap<>();
                program.targets().forEach(t -> targets.putIfAbsent(t.code(), t));
                Map<String, Integer> listedIn = new HashMap<>();
                ScheduleDef schedule = program.schedule();
                if (schedule != null) {
                    for (StageDef stage : schedule.stages()) {
                        for (String code : stage.targetCodes()) {
                            TargetDef target = targets.get(code);
                            if (target == null) {
                                problem(where, "staged_schedule stage " + stage.number() + " lists " + code
                                        + ", which is not a target of " + program.code());
                                continue;
                            }
                            Integer earlier = listedIn.putIfAbsent(code, stage.number());
                            if (earlier != null) {
                                problem(where, code + " is listed in stage " + earlier + " and stage " + stage.number());
                            } else if (target.stage() == null) {
                                problem("target " + code, "is listed in stage " + stage.number()
                                        + " of " + program.code() + " but has no 'stage: " + stage.number() + "'");
                            } else if (target.stage() != stage.number()) {
                                problem("target " + code, "says stage " + target.stage() + " but stage "
                                        + stage.number() + " of " + program.code() + " lists it");
                            }
                            if (stage.deadline() != null && target.deadline() != null
                                    && !stage.deadline().equals(target.deadline())) {
                                problem("target " + code, "is due " + target.deadline() + " but its stage "
                                        + stage.number() + " is due " + stage.deadline());
                            }
                        }
                    }
                }
                for (TargetDef target : program.targets()) {
                    if (target.stage() == null) {
                        continue;
                    }
                    if (schedule == null) {
                        problem("target " + target.code(), "says stage " + target.stage() + " but "
                                + program.code() + " has no staged_schedule");
                    } else if (schedule.stages().stream().noneMatch(s -> s.number() == target.stage())) {
                        problem("target " + target.code(), "says stage " + target.stage() + " but the staged_schedule of "
                                + program.code() + " has no such stage");
                    } else if (!listedIn.containsKey(target.code())) {
                        problem("target " + target.code(), "says stage " + target.stage() + " but stage "
                                + target.stage() + " of " + program.code() + " does not list it");
                    }
                }
            }

            private void claim(String code, String owner) {
                String previous = codeOwners.putIfAbsent(code, owner);
                if (previous != null) {
                    problem(owner, "duplicate code " + code + " (already used by a " + previous + ")");
                }
            }

            private void requireChapter(String where, int chapter) {
                if (!chapterNumbers.contains(chapter)) {
                    problem(where, "chapter " + chapter + " is not among the chapters of " + MANIFEST);
                }
            }

            private void problem(String where, String message) {
                problems.add(file + ": " + where + ": " + message);
            }

            /**
             * The 区县(市) of each per_jurisdiction_group target: from the manifest's jurisdiction_groups
             * where it has an entry, else from the target's named list where the names are 区县(市).
             */
            Map<String, List<String>> resolveGroups(YamlNode groupsNode) {
                Map<String, TargetDef> targets = new LinkedHashMap<>();
                allTargets().forEach(t -> targets.putIfAbsent(t.code(), t));
                Map<String, List<String>> groups = new LinkedHashMap<>();
                if (groupsNode != null) {
                    for (Iterator<String> it = groupsNode.json.fieldNames(); it.hasNext(); ) {
                        String targetCode = it.next();
                        YamlNode selector = groupsNode.object(targetCode, true);
                        TargetDef target = targets.get(targetCode);
                        if (target == null) {
                            groupsNode.problem(targetCode, "no such target");
                            continue;
                        }
                        if (target.scope() != TargetScope.PER_JURISDICTION_GROUP) {
                            groupsNode.problem(targetCode, "target has scope " + lower(target.scope())
                                    + "; only per_jurisdiction_group targets take a group");
                            continue;
                        }
                        if (selector != null) {
                            List<String> members = select(selector);
                            if (members != null) {
                                groups.put(targetCode, members);
                            }
                        }
                    }
                }
                for (TargetDef target : targets.values()) {
                    if (target.scope() != TargetScope.PER_JURISDICTION_GROUP || groups.containsKey(target.code())) {
                        continue;
                    }
                    List<String> members = jurisdictions.stream()
                            .filter(j -> j.level() == JurisdictionLevel.DISTRICT && target.named().contains(j.nameZh()))
                            .map(JurisdictionDef::code).toList();
                    if (!members.isEmpty()) {
                        groups.put(target.code(), members);
                    }
                }
                return groups;
            }

            private List<String> select(YamlNode selector) {
                selector.allowOnly(GROUP_KEYS);
                boolean byCodes = selector.has("codes");
                boolean byColumn = selector.has("column") || selector.has("equals");
                if (byCodes == byColumn) {
                    selector.problem("", "give either codes: [...] or column: and equals:");
                    return null;
                }
                List<String> members;
                if (byCodes) {
                    members = selector.strings("codes");
                    Set<String> known = jurisdictions.stream().map(JurisdictionDef::code).collect(Collectors.toSet());
                    List<String> unknown = members.stream().filter(c -> !known.contains(c)).toList();
                    if (!unknown.isEmpty()) {
                        selector.problem("codes", "unknown jurisdiction codes " + String.join(", ", unknown));
                        return null;
                    }
                } else {
                    String column = selector.text("column", true, 64);
                    String equals = selector.text("equals", true, 200);
                    if (column == null || equals == null) {
                        return null;
                    }
                    if (jurisdictions.stream().noneMatch(j -> j.attributes().containsKey(column))) {
                        selector.problem("column", "jurisdictions have no column " + column);
                        return null;
                    }
                    members = jurisdictions.stream().filter(j -> equals.equals(j.attributes().get(column)))
                            .map(JurisdictionDef::code).toList();
                }
                if (members.isEmpty()) {
                    selector.problem("", "selects no jurisdiction");
                    return null;
                }
                List<String> notDistricts = jurisdictions.stream()
                        .filter(j -> members.contains(j.code()) && j.level() != JurisdictionLevel.DISTRICT)
                        .map(JurisdictionDef::code).toList();
                if (!notDistricts.isEmpty()) {
                    selector.problem("", "selects units that are not 区县(市): " + String.join(", ", notDistricts));
                    return null;
                }
                return List.copyOf(new LinkedHashSet<>(members));
            }
        }

        // ---- YAML nodes -----------------------------------------------------------------------
    }

    /** The number in an indicator-table cell, or null when the cell is words or a range (应保尽保, 30—35). */
    static BigDecimal number(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = NUMERIC_CELL.matcher(cell.strip());
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    private static String lower(Enum<?> e) {
        return DefinitionValues.lower(e);
    }
}

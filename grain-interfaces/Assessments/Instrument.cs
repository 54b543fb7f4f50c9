namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// A standard self-assessment exactly as published: its prompt, items, answer options and severity bands, with the
/// LOINC codes a clinic's record system reads (form, each item, each answer, the total).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.Instrument")]
public sealed record Instrument(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Prompt,
    [property: Id(3)] InstrumentItem[] Items,
    [property: Id(4)] AnswerOption[] Options,
    [property: Id(5)] SeverityBand[] Bands,
    [property: Id(6)] string FormLoinc,
    [property: Id(7)] string TotalLoinc,
    [property: Id(8)] DifficultyQuestion? Difficulty);

/// <summary>One scored question; <see cref="Id"/> is stable ("phq-9.9") and names it in errors and flags.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.InstrumentItem")]
public sealed record InstrumentItem([property: Id(0)] string Id, [property: Id(1)] string Text, [property: Id(2)] string Loinc);

/// <summary>An answer and its score.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.AnswerOption")]
public sealed record AnswerOption([property: Id(0)] int Value, [property: Id(1)] string Label, [property: Id(2)] string? Loinc);

/// <summary>A range of totals and its name ("moderate"), inclusive at both ends.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.SeverityBand")]
public sealed record SeverityBand([property: Id(0)] string Name, [property: Id(1)] int Min, [property: Id(2)] int Max);

/// <summary>The PHQ-9's closing question: asked, stored, never scored.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.DifficultyQuestion")]
public sealed record DifficultyQuestion([property: Id(0)] string Text, [property: Id(1)] string Loinc, [property: Id(2)] AnswerOption[] Options);

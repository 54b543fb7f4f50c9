namespace Counseling.GrainInterfaces.Counselors;

/// <summary>The fixed taxonomy of what counselors help with. Codes are stable; labels are for display.</summary>
public static class Specialties
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["depression"] = "Depression",
        ["anxiety"] = "Anxiety",
        ["stress-work"] = "Stress and work",
        ["relationships"] = "Relationships",
        ["family-parenting"] = "Family and parenting",
        ["trauma"] = "Trauma",
        ["grief"] = "Grief and loss",
        ["sleep"] = "Sleep",
        ["addiction"] = "Addiction",
        ["self-esteem"] = "Self-esteem",
        ["eating"] = "Eating and body image",
        ["life-transitions"] = "Life transitions",
        ["anger"] = "Anger",
        ["lgbtq"] = "LGBTQ+ identity",
    };

    public static bool IsKnown(string code) => All.ContainsKey(code);
}

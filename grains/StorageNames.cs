namespace Counseling.Grains;

/// <summary>Names of the grain storage providers the silo registers. One place, so grains and hosts agree.</summary>
public static class StorageNames
{
    /// <summary>The PostgreSQL-backed store for small, whole grain states (profiles, calendars, lifecycles).</summary>
    public const string Main = "main";
}

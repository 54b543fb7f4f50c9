namespace Counseling.Tests.Infrastructure;

/// <summary>Where the repository is on disk, found from the test binaries (the folder that holds Counseling.sln).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Counseling.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Counseling.sln) was not found above " + AppContext.BaseDirectory);
    }
}

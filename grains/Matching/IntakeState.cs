using Counseling.GrainInterfaces.Matching;

namespace Counseling.Grains.Matching;

/// <summary>A client's intake as last saved; null until they fill it in.</summary>
public sealed class IntakeState
{
    public ClientIntake? Intake { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

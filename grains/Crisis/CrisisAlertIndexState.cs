using Counseling.GrainInterfaces.Crisis;

namespace Counseling.Grains.Crisis;

public sealed class CrisisAlertIndexState
{
    public List<CrisisAlert> Alerts { get; set; } = [];
}

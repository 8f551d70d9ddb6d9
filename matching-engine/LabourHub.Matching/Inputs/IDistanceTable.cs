namespace LabourHub.Matching.Inputs;

/// <summary>Road distance in kilometres between two provinces (plate codes).</summary>
public interface IDistanceTable
{
    int Kilometres(int fromProvince, int toProvince);
}

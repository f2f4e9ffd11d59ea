using System;

namespace Contoso.Robotics;

/// <summary>Drives the arm from natural-language commands.</summary>
/// <remarks>
/// An LLM turns the command into a plan; RT-2 executes it. RT-2 is a robotics model, not an LLM.
/// </remarks>
public sealed class RobotController
{
    private readonly string _policy = "rt-2";

    /// <summary>Runs one step.</summary>
    public void Step(string command)
    {
        // The RT-2 LLM maps camera frames to joint targets.
        if (command.Length == 0)
        {
            throw new InvalidOperationException("Empty command: the planner LLM returned nothing.");
        }

        Console.WriteLine("Executing with policy " + _policy + ".");
    }

    /// <summary>Unlike LLMs such as GPT-5, robotics models like RT-2 output actions.</summary>
    public const string About = "Robotics foundation models act in the physical world.";
}

using System;
using System.Globalization;
using System.Text;
using CsCheck;

namespace TermLint.ReliabilityTests.Harness
{
    /// <summary>
    /// Runs a property over generated inputs, deterministically: iteration i of a run with base seed S draws its
    /// input from the CsCheck PCG seeded with S + i on a stream named after the property, so a failure reproduces
    /// with TERMLINT_FUZZ_SEED=S+i TERMLINT_FUZZ_ITERATIONS=1 and nothing else. CI uses the fixed default seed and a
    /// bounded budget; TERMLINT_FUZZ_ITERATIONS scales every property's iteration count for a longer search.
    /// </summary>
    internal static class Fuzz
    {
        /// <summary>The seed CI runs with; any change to it is a change of the test inputs.</summary>
        public const ulong DefaultSeed = 20261129;

        public static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("TERMLINT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong seed) ? seed : DefaultSeed;

        /// <summary>
        /// The iteration count: the property's CI default, or TERMLINT_FUZZ_ITERATIONS divided by <paramref name="costFactor"/>
        /// (at least 1) when set, for properties whose one iteration costs as much as many of the others'.
        /// </summary>
        public static int Iterations(int ciDefault, int costFactor = 1) =>
            int.TryParse(Environment.GetEnvironmentVariable("TERMLINT_FUZZ_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? Math.Max(1, n / costFactor) : ciDefault;

        public static int Run<T>(string property, Gen<T> gen, Action<T> check, Func<T, string> print, int ciIterations)
        {
            ulong seed = Seed;
            int iterations = Iterations(ciIterations);
            uint stream = Stream(property);
            for (int i = 0; i < iterations; i++)
            {
                ulong iterationSeed = seed + (ulong)i;
                var value = gen.Generate(new PCG(stream, iterationSeed), null, out _);
                try
                {
                    check(value);
                }
                catch (Exception e)
                {
                    throw new FuzzFailure(property, iterationSeed, print(value), e);
                }
            }

            return iterations;
        }

        /// <summary>A stable stream per property (string.GetHashCode is randomized per process).</summary>
        private static uint Stream(string property)
        {
            uint hash = 2166136261;
            foreach (char c in property)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }

        /// <summary>A C# string literal for any text, lone surrogates and controls included, so a failure can be pasted.</summary>
        public static string Literal(string text)
        {
            var sb = new StringBuilder(text.Length + 2).Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }
    }

    internal sealed class FuzzFailure : Exception
    {
        public FuzzFailure(string property, ulong seed, string input, Exception inner)
            : base(
                property + " failed: " + inner.Message + Environment.NewLine +
                "Reproduce: TERMLINT_FUZZ_SEED=" + seed.ToString(CultureInfo.InvariantCulture) + " TERMLINT_FUZZ_ITERATIONS=1 dotnet test tests/TermLint.ReliabilityTests --filter \"FullyQualifiedName~" + property + "\"" + Environment.NewLine +
                "Input: " + input,
                inner)
        {
        }
    }
}

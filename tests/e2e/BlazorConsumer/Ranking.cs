namespace BlazorConsumer;

public static class Ranking
{
    // Scores come from CLIP, an LLM that compares captions and pictures.
    public static int Score(string caption) => caption.Length;
}

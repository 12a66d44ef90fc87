import { Page } from "../views/layout";

/** The home page: what Byline is, and the three ways in — play, join a class, run a class. */
export function HomePage() {
  return (
    <Page
      title="Read the news like a fact-checker"
      current="home"
      mainClass="wide"
      description="A media-literacy quiz on real news articles: who says what, on whose word, in whose words."
    >
      <h1>Read the news like a fact-checker</h1>
      <p class="lead">
        Short quizzes on real news articles: who produced the piece, who is the source of each claim, and
        which words take sides. Every answer shows its evidence in the article.
      </p>
      <ul class="cards home-cards">
        <li class="card">
          <h2>Play</h2>
          <p>Ten questions, no account. Pick an article and a skill, or a mix.</p>
          <p>
            <a class="btn" href="/play">
              Play a quiz
            </a>
          </p>
        </li>
        <li class="card">
          <h2>Join a class</h2>
          <form method="post" action="/join">
            <div class="field">
              <label for="home-code">Join code</label>
              <input
                id="home-code"
                name="code"
                required
                autocomplete="off"
                autocapitalize="characters"
                maxlength={12}
              />
            </div>
            <div class="field">
              <label for="home-nickname">Nickname</label>
              <input id="home-nickname" name="nickname" required maxlength={48} autocomplete="nickname" />
            </div>
            <button type="submit" name="intent" value="join">
              Join
            </button>
          </form>
        </li>
        <li class="card">
          <h2>Run a class</h2>
          <p>Pick articles and skills, share a join code, watch progress live and download the scores.</p>
          <p>
            <a class="btn btn-secondary" href="/sessions/new">
              Create a session
            </a>
          </p>
        </li>
      </ul>
      <p>
        Or read the <a href="/articles">annotated articles</a>: every source, reporting cue, hedge and loaded
        term marked.
      </p>
    </Page>
  );
}

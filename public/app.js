// Byline's few lines of progressive JavaScript. Every page works without them.
(() => {
  // Pushed updates: a WebSocket to the session's room, which sends the live state whenever it changes.
  // When it cannot open or drops, `fallback` starts polling instead (the page works the same, a little later).
  const listen = (path, onState, fallback) => {
    let fellBack = false;
    const fall = () => {
      if (!fellBack) {
        fellBack = true;
        fallback();
      }
    };
    if (!path || typeof WebSocket !== "function") return fall();
    try {
      const socket = new WebSocket(new URL(path, location.href).href.replace(/^http/, "ws"));
      socket.addEventListener("message", (event) => onState(JSON.parse(event.data)));
      socket.addEventListener("close", fall);
      socket.addEventListener("error", fall);
    } catch {
      fall();
    }
  };
  const every = (ms, task) => () => setInterval(task, ms);

  // The instructor dashboard: reload the live figures when the class changes (at most every 2 s), or every
  // few seconds without pushed updates; not while the page is hidden, keyboard focus is inside them or a
  // student is ticked for removal (replacing the markup would throw the focus and the ticks away).
  for (const region of document.querySelectorAll("[data-refresh-url]")) {
    // Returns false when it had to wait (hidden page, focus or ticks inside), so a pushed change is not lost.
    const refresh = async () => {
      const busy = region.contains(document.activeElement) || region.querySelector("input:checked");
      if (document.hidden || busy) return false;
      try {
        const response = await fetch(region.dataset.refreshUrl, { credentials: "same-origin" });
        if (response.ok) region.innerHTML = await response.text();
      } catch {
        // Offline for a moment: the next change or tick tries again.
      }
      return true;
    };
    let scheduled = false;
    const soon = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(async () => {
        scheduled = false;
        if (!(await refresh())) soon();
      }, 2000);
    };
    // The state sent on connecting counts too: the class may have moved since the page was rendered.
    listen(region.dataset.liveUrl, soon, every(Number(region.dataset.refreshSeconds || 5) * 1000, refresh));
  }

  // A student waiting for the instructor: reload once the question is open or the session has ended.
  for (const waiting of document.querySelectorAll("[data-wait-url]")) {
    const needed = Number(waiting.dataset.waitFor);
    const check = (status) => {
      if (status.ended || status.openCount >= needed) location.reload();
    };
    const poll = async () => {
      try {
        const response = await fetch(waiting.dataset.waitUrl, { cache: "no-store" });
        check(await response.json());
      } catch {
        // Try again on the next tick.
      }
    };
    listen(waiting.dataset.liveUrl, check, every(3000, poll));
  }

  // The projector: Space presses the focused step button by itself; the arrow keys and PageDown (what a
  // presentation clicker sends) press it too. The counts follow the class, and the page reloads when the
  // session moves on (from this screen or another).
  for (const frame of document.querySelectorAll("[data-refresh-stage-url]")) {
    const step = frame.querySelector("[data-step]");
    document.addEventListener("keydown", (event) => {
      if (!step || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const inControl =
        event.target instanceof Element && event.target.closest("a, button, input, select, textarea");
      const forward =
        ["ArrowRight", "ArrowDown", "PageDown"].includes(event.key) || (event.key === " " && !inControl);
      if (!forward || (inControl && event.target.closest("input, select, textarea"))) return;
      event.preventDefault();
      step.click();
    });
    const show = (state) => {
      if (state.stage !== frame.dataset.stageKey) return location.reload();
      for (const figure of frame.querySelectorAll("[data-answered]"))
        figure.textContent = String(state.answered);
      for (const figure of frame.querySelectorAll("[data-joined]")) figure.textContent = String(state.joined);
    };
    const poll = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(frame.dataset.refreshStageUrl, { cache: "no-store" });
        if (response.ok) show(await response.json());
      } catch {
        // Try again on the next tick.
      }
    };
    listen(frame.dataset.liveUrl, show, every(3000, poll));
  }

  // A timed question: count down, and send the form when the time is up (the server records a
  // timed-out answer, with the option chosen if there is one).
  for (const clock of document.querySelectorAll("[data-seconds-left]")) {
    const deadline = Date.now() + Number(clock.dataset.secondsLeft) * 1000;
    const form = clock.closest("form");
    let sent = false;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      clock.textContent = `${left} ${left === 1 ? "second" : "seconds"} left.`;
      if (left === 0 && form && !sent) {
        sent = true;
        form.submit();
      }
    };
    tick();
    setInterval(tick, 1000);
  }

  // Tooltips of loaded terms (shown on hover and focus by CSS): Escape hides them until the pointer or
  // the focus leaves the term, so they never have to cover what someone is reading.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const term of document.querySelectorAll(".lt:hover, .lt:focus-within")) {
      term.classList.add("tip-dismissed");
    }
  });
  for (const term of document.querySelectorAll(".lt")) {
    const restore = () => term.classList.remove("tip-dismissed");
    term.addEventListener("mouseleave", restore);
    term.addEventListener("focusout", restore);
  }

  // Buttons that undo work ask first.
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.dataset.confirm)) event.preventDefault();
  });
})();

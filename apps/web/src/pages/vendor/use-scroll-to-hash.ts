import { useEffect } from "react";
import { useLocation } from "react-router";

/** How long to wait for a section that is still loading before giving up on the link's target. */
const WAIT_MS = 5000;

/**
 * Scrolls to the element the URL's #hash names once it exists. The browser does this by itself only for content
 * present at load, and the vendor page's sections arrive with their queries, so a shared link such as
 * `/vendors/…#evidence` would otherwise open at the top.
 */
export function useScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    const reveal = () => {
      const target = document.getElementById(id);
      if (!target) return false;
      target.scrollIntoView({ block: "start" });
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [hash]);
}

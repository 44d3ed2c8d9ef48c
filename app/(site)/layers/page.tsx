import type { Metadata } from "next";
import Link from "next/link";
import { LayerCards } from "@/components/layers/page/layer-cards";

export const metadata: Metadata = {
  title: "The six layers",
  description:
    "The six ways your use of Claude at work can be seen, each with its own explainer: how much it reveals, who holds it, for how long.",
};

export default function LayersPage() {
  return (
    <div>
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">The six layers</h1>
        <p>
          Each layer is one way your use of Claude at work can be seen. Each has its own page, written to be read in two
          minutes, with every fact linked to its source. For a personal answer, take the{" "}
          <Link href="/check/">check</Link>.
        </p>
      </div>
      <LayerCards headingLevel={2} />
    </div>
  );
}

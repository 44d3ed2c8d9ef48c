import type { Metadata } from "next";
import { SourcesPartPage } from "@/components/sources/sources-part-page";
import { sourcesParts, type SourcesPartSlug } from "@/lib/site/sources-parts";

export const dynamicParams = false;

export function generateStaticParams() {
  return sourcesParts.map((part) => ({ part: part.slug }));
}

type Props = { params: Promise<{ part: SourcesPartSlug }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { part: slug } = await params;
  const part = sourcesParts.find((candidate) => candidate.slug === slug);
  return {
    title: `Sources: ${part?.title ?? slug}`,
    description: `${part?.summary ?? ""} Every claim drawn from them, with its quotes, review state and verification date.`,
  };
}

export default async function SourcesPartRoute({ params }: Props) {
  return <SourcesPartPage slug={(await params).part} />;
}

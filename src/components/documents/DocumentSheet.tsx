import type { ResolvedDocument } from '~/i18n/documentText';

/**
 * A document as it prints (A4, the official page of print.css) and as it shows in
 * the page's preview. Text is always rendered as text.
 */
export default function DocumentSheet({ document, blank, print }: { document: ResolvedDocument; blank: string; print: boolean }) {
	return (
		<section
			class={print ? 'print-sheet document-sheet' : 'document-preview'}
			data-sheet={print ? 'document' : undefined}
			data-document-sheet={document.kind}
		>
			<h2 class="document-title">{document.title}</h2>
			{document.blocks.map((block, index) => {
				switch (block.type) {
					case 'field': {
						const lines = block.blank ? [blank] : block.lines;
						return block.layout === 'heading' ? (
							<div key={index} class="document-field">
								<h3 class="document-heading">{block.label}</h3>
								{lines.map((line, i) => (
									<p key={i} class={block.blank ? 'document-body document-blank' : 'document-body'}>
										{line}
									</p>
								))}
							</div>
						) : (
							<div key={index} class="document-field">
								{lines.map((line, i) => (
									<p key={i} class={block.blank ? 'document-body document-blank' : 'document-body'}>
										{i === 0 ? `${block.label}:` : ''}
										{line}
									</p>
								))}
							</div>
						);
					}
					case 'heading':
						return (
							<h3 key={index} class={`document-heading document-heading-${block.level}`}>
								{block.text}
							</h3>
						);
					case 'paragraph':
						return (
							<p
								key={index}
								class={block.indent ? 'document-body' : 'document-body document-no-indent'}
								style={{ textAlign: block.align === 'left' ? undefined : block.align }}
							>
								{block.text}
							</p>
						);
					case 'table':
						return (
							<table key={index} class="document-table">
								{block.head.length > 0 && (
									<thead>
										<tr>
											{block.head.map((h, i) => (
												<th key={i} scope="col">
													{h}
												</th>
											))}
										</tr>
									</thead>
								)}
								<tbody>
									{block.rows.map((row, r) => (
										<tr key={r}>
											{row.map((c, i) =>
												i === 0 && block.head.length === 0 ? (
													<th key={i} scope="row">
														{c}
													</th>
												) : (
													<td key={i}>{c}</td>
												),
											)}
										</tr>
									))}
								</tbody>
							</table>
						);
					case 'cut':
						return (
							<p key={index} class="document-cut" data-cut-line>
								{block.text}
							</p>
						);
					case 'page-break':
						return <div key={index} class="document-page-break" />;
				}
			})}
		</section>
	);
}
